import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdfNode } from '../../testing/render-node';
import { buildAuditLog, type AuditLogInput } from './audit-log';

const fonts = { dir: fileURLToPath(new URL('../../../../../resources/fonts', import.meta.url)), readFile: async (p: string) => readFile(p) };
const workDir = mkdtempSync(join(tmpdir(), 'bcp-audit-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const squash = (text: string) => text.replace(/\s+/g, '');

function input(count: number, brokenAt?: number): AuditLogInput {
  return {
    facilityName: 'みなと総合病院',
    version: '0.1.0',
    printedAt: new Date(2026, 10, 21, 10, 0),
    demo: false,
    filterDescription: '全件',
    verdict: brokenAt ? `連鎖が ${brokenAt} 番の行で途切れています` : `検証済み：${count} 件すべて正しくつながっています`,
    verdictOk: brokenAt === undefined,
    rows: Array.from({ length: count }, (_, i) => ({
      seq: i + 1,
      at: `令和8年11月${(i % 28) + 1}日 9:05`,
      actor: '山田 花子',
      table: '連絡先',
      action: '変更',
      label: `連絡先 ${i + 1}`,
      fields: 'phones, notes',
      broken: brokenAt === i + 1,
    })),
  };
}

describe('audit log PDF', () => {
  it('prints the verdict and every row over several landscape pages with the header repeated', async () => {
    const result = await renderPdfNode(buildAuditLog(input(120, 77)), fonts);
    const path = join(workDir, 'audit.pdf');
    writeFileSync(path, result.bytes);
    expect(result.pageCount).toBeGreaterThan(2);
    const text = squash(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
    expect(text).toContain('監査ログ');
    expect(text).toContain('連鎖が77番の行で途切れています');
    expect(text).toContain('連絡先120');
    expect(text.split('変更項目').length - 1).toBe(result.pageCount);
    if (process.env.BCP_KEEP_PDF) writeFileSync(process.env.BCP_KEEP_PDF, result.bytes);
  });

  it('is plain data (posted to the worker)', () => {
    const doc = buildAuditLog(input(3));
    expect(structuredClone(doc)).toEqual(doc);
  });
});
