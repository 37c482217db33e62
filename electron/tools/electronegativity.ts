/**
 * `npm run check:security`: runs Doyensec's Electronegativity over the main-process sources and fails on any
 * finding. Electronegativity itself exits 0 whatever it finds, so this script reads its SARIF report.
 *
 * What is scanned (copied into a temp folder, because the tool takes a single input path):
 * - electron/**: main process, preload, services (TypeScript is parsed natively);
 * - package.json: for Electron flags in scripts (CUSTOM_ARGUMENTS / SECURITY_WARNINGS JSON checks);
 * - served-csp.html: THE policy from security-policy.ts as a meta tag. The app sends it as a response header
 *   built from a constant, which the tool cannot resolve; this hands the real string to its CSP evaluator;
 * - dist/renderer/index.html when a renderer build exists (its meta CSP, scripts and resources).
 *
 * Inline `eng-disable` markers are allowed only for findings that are "review this" by nature, and each must
 * carry a `reviewed:` comment on the line above saying why; this script lists them and fails on a bare marker.
 *
 * CSP "may be weak" findings are re-evaluated here with the tool's own CSP evaluator and accepted only when every
 * evaluator finding is in ACCEPTED_CSP_FINDINGS; anything new (an 'unsafe-eval', a remote host) still fails.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../security-policy';

const repo = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

/**
 * Checks that need the internet, which these machines do not have. Nothing else may be listed here.
 * - AvailableSecurityFixesGlobalCheck: downloads Electron's release list from GitHub to look for newer
 *   security releases. Without a network it only prints a warning, but it would still run and pretend to cover it.
 * - ElectronVersionJSONCheck: only reports the Electron version from package.json as input for the check above;
 *   on its own it is an informational finding for every run. Electron updates are tracked by the release process.
 */
const OFFLINE_EXCLUSIONS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

/**
 * Evaluator findings reviewed and accepted, with the reason. Keyed by directive, value and severity.
 * - script-src 'self' (MEDIUM_MAYBE: "'self' can be problematic if you host JSONP, Angular or user uploaded
 *   files"): the app's origin serves only the renderer build through services/static-files.ts. There is no
 *   JSONP endpoint, no Angular, and nothing user-supplied is ever served from it.
 */
const ACCEPTED_CSP_FINDINGS = [{ directive: 'script-src', value: "'self'", severity: 'MEDIUM_MAYBE' }];

/** The evaluator the tool itself uses (a dependency of electronegativity, resolved through it). */
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number; directive: string; value?: string; description: string }[] };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
}

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }[];
}

interface SarifLog {
  runs: { results: SarifResult[] }[];
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function stageInputs(stage: string): Promise<void> {
  await cp(path.join(repo, 'electron'), path.join(stage, 'electron'), { recursive: true });
  await cp(path.join(repo, 'package.json'), path.join(stage, 'package.json'));
  await writeFile(
    path.join(stage, 'served-csp.html'),
    `<!doctype html>\n<html><head><meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(CONTENT_SECURITY_POLICY)}"></head><body></body></html>\n`,
  );
  const builtIndex = path.join(repo, 'dist', 'renderer', 'index.html');
  if (await exists(builtIndex)) {
    await mkdir(path.join(stage, 'dist-renderer'));
    await cp(builtIndex, path.join(stage, 'dist-renderer', 'index.html'));
  }
}

async function electronVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function loadCspEvaluator(): CspEvaluatorModule {
  const fromTool = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  return fromTool('@doyensec/csp-evaluator') as CspEvaluatorModule;
}

/** Evaluator findings for a policy that are not in ACCEPTED_CSP_FINDINGS, as readable strings. */
function unacceptedCspFindings(policy: string): string[] {
  const csp = loadCspEvaluator();
  const severityName = (value: number): string => Object.entries(csp.severities).find(([, v]) => v === value)?.[0] ?? String(value);
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  return findings
    .filter((f) => !ACCEPTED_CSP_FINDINGS.some((a) => a.directive === f.directive && a.value === f.value && a.severity === severityName(f.severity)))
    .map((f) => `${severityName(f.severity)} ${f.directive} ${f.value ?? ''}: ${f.description}`);
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function metaCspOf(html: string): string | null {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag ? /content=(?:"([^"]*)"|'([^']*)')/i.exec(tag) : null;
  return content ? decodeHtml(content[1] ?? content[2] ?? '') : null;
}

interface ParserModule {
  Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => { parse(file: string, content: Buffer): unknown };
  sourceExtensions: Record<string, number>;
}

async function unparsableFiles(stage: string): Promise<string[]> {
  const fromTool = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const { Parser, sourceExtensions } = fromTool('./dist/parser') as ParserModule;
  // Same constructor arguments as the tool's runner.
  const parser = new Parser(false, true);
  const failures: string[] = [];
  for (const file of await readdir(stage, { recursive: true })) {
    if (!(path.extname(file).slice(1).toLowerCase() in sourceExtensions)) continue;
    try {
      parser.parse(path.join(stage, file), await readFile(path.join(stage, file)));
    } catch (error) {
      failures.push(`parse error in ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}

function runElectronegativity(input: string, output: string, version: string): string {
  const manifestPath = require.resolve('@doyensec/electronegativity/package.json');
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  const bin = path.join(path.dirname(manifestPath), manifest.bin.electronegativity ?? 'dist/index.js');
  const result = spawnSync(
    process.execPath,
    [bin, '--input', input, '--output', output, '--relative', '--electron-version', version, '--exclude-checks', OFFLINE_EXCLUSIONS.join(',')],
    // English messages, so that parse errors below are recognised.
    { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`electronegativity exited with ${result.status}:\n${log}`);
  return log;
}

/** Every eng-disable marker in electron/, with whether the line above justifies it. */
async function inlineSuppressions(): Promise<{ where: string; rules: string; reason: string | null }[]> {
  const found: { where: string; rules: string; reason: string | null }[] = [];
  const files = (await readdir(path.join(repo, 'electron'), { recursive: true })).filter((f) => /\.(ts|js|html)$/.test(f));
  for (const file of files) {
    if (file.endsWith(path.join('tools', 'electronegativity.ts'))) continue; // this file only talks about markers
    const lines = (await readFile(path.join(repo, 'electron', file), 'utf8')).split('\n');
    lines.forEach((line, index) => {
      const marker = /eng-disable\s+([\w ,]+)/.exec(line);
      if (!marker) return;
      const above = lines[index - 1] ?? '';
      const reason = /reviewed:\s*(.+)$/.exec(above)?.[1]?.trim() ?? null;
      found.push({ where: `electron/${file}:${index + 1}`, rules: marker[1]?.trim() ?? '', reason });
    });
  }
  return found;
}

function describe(result: SarifResult): string {
  const location = result.locations?.[0]?.physicalLocation;
  const file = location?.artifactLocation?.uri ?? 'N/A';
  const line = location?.region?.startLine ?? 0;
  return `${result.ruleId} [${result.level ?? 'warning'}] ${file}:${line} — ${result.message.text}`;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bcp-electronegativity-'));
  try {
    const stage = path.join(work, 'scan');
    const report = path.join(work, 'report.sarif');
    await mkdir(stage);
    await stageInputs(stage);
    const log = runElectronegativity(stage, report, await electronVersion());

    const problems: string[] = [];
    // With --output the CLI neither prints nor reports files it could not parse, and a skipped file would be a
    // false "all clear"; so every scanned file is parsed again with the tool's own parser.
    problems.push(...(await unparsableFiles(stage)));
    if (/Error parsing /.test(log)) problems.push(`electronegativity reported parse errors:\n${log}`);

    // The policy each scanned HTML file carries, to re-evaluate "may be weak" CSP findings precisely.
    const policies = new Map<string, string>([['served-csp.html', CONTENT_SECURITY_POLICY]]);
    const builtIndex = path.join(stage, 'dist-renderer', 'index.html');
    if (await exists(builtIndex)) {
      const metaPolicy = metaCspOf(await readFile(builtIndex, 'utf8'));
      if (metaPolicy === null) problems.push('dist/renderer/index.html has no Content-Security-Policy meta tag');
      else if (metaPolicy !== META_CONTENT_SECURITY_POLICY) {
        problems.push(`dist/renderer/index.html CSP differs from security-policy.ts:\n    built:    ${metaPolicy}\n    expected: ${META_CONTENT_SECURITY_POLICY}`);
      }
      if (metaPolicy !== null) policies.set('dist-renderer/index.html', metaPolicy);
    }

    const reviewed: string[] = [];
    const sarif = JSON.parse(await readFile(report, 'utf8')) as SarifLog;
    for (const result of sarif.runs.flatMap((run) => run.results)) {
      const file = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const policy = policies.get(file.split(path.sep).join('/'));
      if (result.ruleId === 'CSP_GLOBAL_CHECK' && /seems to be vulnerable/.test(result.message.text) && policy !== undefined) {
        const unaccepted = unacceptedCspFindings(policy);
        if (unaccepted.length === 0) {
          reviewed.push(`${describe(result)} (only accepted evaluator findings: ${ACCEPTED_CSP_FINDINGS.map((a) => `${a.directive} ${a.value}`).join(', ')})`);
          continue;
        }
        problems.push(`${describe(result)}\n    ${unaccepted.join('\n    ')}`);
        continue;
      }
      problems.push(describe(result));
    }

    const suppressions = await inlineSuppressions();
    for (const s of suppressions) {
      if (s.reason === null) problems.push(`eng-disable ${s.rules} at ${s.where} has no "reviewed:" reason on the line above`);
    }

    console.log(`Electronegativity: scanned electron/, package.json, the served CSP${(await exists(path.join(stage, 'dist-renderer'))) ? ' and dist/renderer/index.html' : ''}.`);
    console.log(`Excluded (need the internet): ${OFFLINE_EXCLUSIONS.join(', ')}.`);
    for (const s of suppressions) console.log(`Reviewed inline: ${s.rules} at ${s.where} — ${s.reason ?? 'NO REASON'}`);
    for (const r of reviewed) console.log(`Reviewed CSP: ${r}`);

    if (problems.length > 0) {
      console.error(`\n${problems.length} finding(s):`);
      for (const problem of problems) console.error(`  ${problem}`);
      process.exitCode = 1;
    } else {
      console.log('No findings.');
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
