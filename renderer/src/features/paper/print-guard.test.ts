import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkbookSchema } from '../../domain/demo';
import { kitPageCount, MAX_PAGES_PER_PRINT, planHospitalKit } from '../../domain/paper/downtime-kit';
import type { FormTemplate } from '../../domain/paper/form-template';
import type { Procedure } from '../../domain/paper/procedure';
import { departmentChoices } from '../../domain/paper/procedure';
import { planStock } from '../../domain/paper/stock-plan';
import { translator } from '../../i18n/testing';
import { formFixture, ledgerFixture } from '../../domain/testing/paper-fixtures';
import { pageLimitProblem, reservedRanges, voidedIdsNotice } from './print-guard';

const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));
const meta = { createdAt: '', updatedAt: '', updatedBy: '' };
const all = {
  procedures: demo.procedures.map((p): Procedure => ({ ...p, ...meta })),
  forms: demo.formTemplates.map((f): FormTemplate => ({ ...f, ...meta })),
  wards: demo.facility.wards,
  departmentOrder: departmentChoices(demo.facility.departments),
};

describe('hospital kit of the demo workbook', () => {
  it('prints 院内処方箋 as often as the stock plan keeps it, not once per kit that links it', () => {
    const kits = planHospitalKit(all, { kind: 'days', days: 3 });
    const stock = planStock(all.forms, all.wards, 3);
    const prescription = all.forms.find((f) => f.title === '院内処方箋')!;
    const runs = kits.flatMap((k) => k.forms).filter((r) => r.form.id === prescription.id);
    const planned = stock.lines.filter((l) => l.formId === prescription.id).reduce((sum, l) => sum + l.sheets, 0);
    expect(planned).toBe(360);
    // One master to copy from (one sheet in its copies) in every other kit that links it.
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.map((r) => r.sheets * r.form.copies).sort((a, b) => b - a)).toEqual([planned, ...runs.slice(1).map(() => prescription.copies)]);
  });

  it('refuses a 28-day hospital kit before anything is reserved, saying how many pages and the limit', async () => {
    const t = await translator('ja');
    const pages = kitPageCount(planHospitalKit(all, { kind: 'days', days: 28 }), true);
    expect(pages).toBeGreaterThan(MAX_PAGES_PER_PRINT);
    const refusal = pageLimitProblem(t, pages);
    expect(refusal).toContain(`${pages.toLocaleString('ja-JP')} ページ`);
    expect(refusal).toContain('上限（2,500 ページ）');
    expect(refusal).toContain('印刷していません');
    expect(pageLimitProblem(t, kitPageCount(planHospitalKit(all, { kind: 'days', days: 1 }), true))).toBeNull();
  });
});

describe('temporary IDs of a print that did not finish', () => {
  const runs = [
    { form: ledgerFixture(), sheets: 2, block: { first: 501, count: 50 } },
    { form: formFixture(), sheets: 3 },
  ];

  it('names the reserved range as void when rendering failed or was stopped, or the save dialog was cancelled', async () => {
    const t = await translator('ja');
    const ranges = reservedRanges(runs);
    expect(ranges).toEqual(['仮患者番号台帳 仮-000501〜仮-000550']);
    for (const outcome of ['failed', 'stopped', 'cancelled'] as const) {
      const notice = voidedIdsNotice(t, outcome, ranges);
      expect(notice).toContain('仮患者番号台帳 仮-000501〜仮-000550');
      expect(notice).toContain('欠番');
    }
  });

  it('says nothing once the PDF is saved, or when no number was reserved', async () => {
    const t = await translator('ja');
    expect(voidedIdsNotice(t, 'saved', reservedRanges(runs))).toBeNull();
    expect(voidedIdsNotice(t, 'cancelled', reservedRanges([runs[1]!]))).toBeNull();
  });
});
