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
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security-policy';

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
    // A file the tool cannot parse is skipped silently in the report: that would be a false "all clear".
    for (const line of log.split('\n')) {
      if (/Error parsing /.test(line)) problems.push(`parse error: ${line.trim()}`);
    }

    const sarif = JSON.parse(await readFile(report, 'utf8')) as SarifLog;
    for (const result of sarif.runs.flatMap((run) => run.results)) problems.push(describe(result));

    const suppressions = await inlineSuppressions();
    for (const s of suppressions) {
      if (s.reason === null) problems.push(`eng-disable ${s.rules} at ${s.where} has no "reviewed:" reason on the line above`);
    }

    console.log(`Electronegativity: scanned electron/, package.json, the served CSP${(await exists(path.join(stage, 'dist-renderer'))) ? ' and dist/renderer/index.html' : ''}.`);
    console.log(`Excluded (need the internet): ${OFFLINE_EXCLUSIONS.join(', ')}.`);
    for (const s of suppressions) console.log(`Reviewed inline: ${s.rules} at ${s.where} — ${s.reason ?? 'NO REASON'}`);

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
