import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleForms, ruleToForm } from './report-rule-form';
import { reportDue, reportRulesFileSchema, ruleApplicability } from './reports';

const shipped = reportRulesFileSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/incidents/report-rules.json', import.meta.url), 'utf8'))).rules;
const forms = () => shipped.map(ruleToForm);
const unknownPpc = { sensitive: 'unknown', financial: 'unknown', fraud: 'unknown', over1000: 'unknown' } as const;

describe('report rules edited in 設定', () => {
  it('the shipped rules go through the form unchanged', () => {
    expect(parseRuleForms(forms())).toEqual({ ok: true, rules: shipped });
  });

  it('a changed deadline, applicability and source are kept and used for the due time', () => {
    const edited = forms();
    const police = edited.findIndex((f) => f.key === 'police');
    edited[police] = { ...edited[police]!, hours: '6', dueText: '6時間以内（県警との取り決め）', appliesWhen: 'always', sources: ' 県警との覚書（2026年）\n\nhttps://www.npa.go.jp/bureau/cyber/soudan.html ' };
    const result = parseRuleForms(edited);
    if (!result.ok) throw new Error(result.message);
    const rule = result.rules[police]!;
    expect(rule.sources).toEqual(['県警との覚書（2026年）', 'https://www.npa.go.jp/bureau/cyber/soudan.html']);
    expect(ruleApplicability(rule, { kind: 'systemFailure', ppc: unknownPpc })).toBe('required');
    expect(reportDue(rule, '2026-11-03T02:00:00.000Z', unknownPpc).dueAt.toISOString()).toBe('2026-11-03T08:00:00.000Z');
  });

  it('a body the facility does not report to is never required', () => {
    const edited = forms().map((f) => (f.key === 'prefecture' ? { ...f, appliesWhen: 'never' as const } : f));
    const result = parseRuleForms(edited);
    if (!result.ok) throw new Error(result.message);
    expect(ruleApplicability(result.rules.find((r) => r.key === 'prefecture')!, { kind: 'ransomware', ppc: unknownPpc })).toBe('notRequired');
  });

  it('refuses bad input with a Japanese message key naming the body and field', () => {
    const at = (key: string) => shipped.findIndex((r) => r.key === key);
    const change = (key: string, patch: Partial<ReturnType<typeof ruleToForm>>) => parseRuleForms(forms().map((f) => (f.key === key ? { ...f, ...patch } : f)));
    expect(change('vendor', { body: '  ' })).toEqual({ ok: false, index: at('vendor'), field: 'body', message: 'validation.required' });
    expect(change('vendor', { hours: '' })).toMatchObject({ field: 'hours', message: 'incidents.validation.ruleHours' });
    expect(change('vendor', { hours: '1.5' })).toMatchObject({ field: 'hours', message: 'incidents.validation.ruleHours' });
    expect(change('vendor', { hours: '99999' })).toMatchObject({ field: 'hours', message: 'incidents.validation.ruleHours' });
    expect(change('ppcFinal', { days: '0' })).toMatchObject({ index: at('ppcFinal'), field: 'days', message: 'incidents.validation.ruleDays' });
    expect(change('ppcPreliminary', { aimDays: '9' })).toMatchObject({ field: 'aimDays', message: 'incidents.validation.aimAfterDue' });
    expect(change('ppcFinal', { fraudDays: '20' })).toMatchObject({ field: 'fraudDays', message: 'incidents.validation.fraudBeforeDue' });
    expect(change('mhlw', { dueText: '' })).toMatchObject({ field: 'dueText', message: 'validation.required' });
    expect(change('mhlw', { sources: '\n \n' })).toMatchObject({ field: 'sources', message: 'incidents.validation.sourceRequired' });
  });

  it('switches a rule between hours and days', () => {
    const result = parseRuleForms(forms().map((f) => (f.key === 'isac' ? { ...f, dueKind: 'days' as const, days: '14' } : f)));
    if (!result.ok) throw new Error(result.message);
    expect(result.rules.find((r) => r.key === 'isac')!.due).toEqual({ kind: 'days', days: 14, text: '任意' });
  });
});
