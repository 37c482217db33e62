import { describe, expect, it } from 'vitest';
import { printedText } from '../../testing/printed-text';
import { buildAuditLog, type AuditLogInput } from './audit-log';

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
    const { flat: text, pageCount } = await printedText(buildAuditLog(input(120, 77)), 'audit.pdf');
    expect(pageCount).toBeGreaterThan(2);
    expect(text).toContain('監査ログ');
    expect(text).toContain('連鎖が77番の行で途切れています');
    expect(text).toContain('連絡先120');
    expect(text.split('変更項目').length - 1).toBe(pageCount);
  });

  it('is plain data (posted to the worker)', () => {
    const doc = buildAuditLog(input(3));
    expect(structuredClone(doc)).toEqual(doc);
  });
});
