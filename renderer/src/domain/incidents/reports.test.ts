import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ppcApplicability, reportDue, reportLines, reportRulesFileSchema, type PpcAnswers, type ReportRule } from './reports';

const rules = reportRulesFileSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/incidents/report-rules.json', import.meta.url), 'utf8'))).rules;
const rule = (key: string) => rules.find((r) => r.key === key) as ReportRule;
const unknown: PpcAnswers = { sensitive: 'unknown', financial: 'unknown', fraud: 'unknown', over1000: 'unknown' };
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const endOf = (y: number, m: number, d: number) => new Date(y, m - 1, d, 23, 59, 59, 999);

describe('report rules file', () => {
  it('ships every body of the digest with a source each', () => {
    expect(rules.map((r) => r.key)).toEqual(expect.arrayContaining(['vendor', 'mhlw', 'police', 'prefecture', 'ppcPreliminary', 'ppcFinal']));
    for (const r of rules) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('due times from discovery', () => {
  it('PPC 速報: five calendar days, across a month end', () => {
    const due = reportDue(rule('ppcPreliminary'), local(2026, 1, 29, 2, 10).toISOString(), unknown);
    expect(due.dueAt).toEqual(endOf(2026, 2, 3));
    expect(due.aimAt).toEqual(endOf(2026, 2, 1));
  });

  it('PPC 速報: 年末年始 and the year change count as calendar days', () => {
    expect(reportDue(rule('ppcPreliminary'), local(2026, 12, 29, 23, 50).toISOString(), unknown).dueAt).toEqual(endOf(2027, 1, 3));
    expect(reportDue(rule('ppcPreliminary'), local(2026, 12, 31, 0, 5).toISOString(), unknown).dueAt).toEqual(endOf(2027, 1, 5));
  });

  it('PPC 速報: a leap-year February end', () => {
    expect(reportDue(rule('ppcPreliminary'), local(2028, 2, 26, 9).toISOString(), unknown).dueAt).toEqual(endOf(2028, 3, 2));
  });

  it('PPC 確報: 30 days, 60 when 不正目的 is answered yes', () => {
    const at = local(2026, 11, 3, 2, 10).toISOString();
    expect(reportDue(rule('ppcFinal'), at, unknown).dueAt).toEqual(endOf(2026, 12, 3));
    expect(reportDue(rule('ppcFinal'), at, { ...unknown, fraud: 'yes' }).dueAt).toEqual(endOf(2027, 1, 2));
  });

  it('「直ちに」 and 「速やかに」 count hours from discovery, not declaration', () => {
    const at = local(2026, 11, 3, 2, 10);
    expect(reportDue(rule('vendor'), at.toISOString(), unknown).dueAt).toEqual(new Date(at.getTime() + 3_600_000));
    expect(reportDue(rule('police'), at.toISOString(), unknown).dueAt).toEqual(new Date(at.getTime() + 24 * 3_600_000));
  });
});

describe('applicability', () => {
  it('PPC: any yes makes it a duty; all no frees it; otherwise undecided', () => {
    expect(ppcApplicability({ ...unknown, sensitive: 'yes' })).toBe('required');
    expect(ppcApplicability({ sensitive: 'no', financial: 'no', fraud: 'no', over1000: 'no' })).toBe('notRequired');
    expect(ppcApplicability({ ...unknown, sensitive: 'no' })).toBe('undecided');
  });

  it('states: overdue after the due time, not required when the answers say so, done once marked', () => {
    const discoveredAt = local(2026, 11, 3, 2, 10).toISOString();
    const now = local(2026, 11, 9, 12);
    const lines = reportLines(rules, { kind: 'ransomware', discoveredAt, ppc: { ...unknown, fraud: 'yes' }, reports: [{ ruleKey: 'vendor', status: 'done', reportedAt: discoveredAt, reportedBy: '佐藤', reference: '', attachmentNote: '' }] }, now);
    const state = (key: string) => lines.find((l) => l.rule.key === key)?.state;
    expect(state('vendor')).toBe('done');
    expect(state('police')).toBe('overdue');
    expect(state('ppcPreliminary')).toBe('overdue');
    expect(state('ppcFinal')).toBe('open');
    expect(state('ipa')).toBe('optional');
    const failure = reportLines(rules, { kind: 'systemFailure', discoveredAt, ppc: { sensitive: 'no', financial: 'no', fraud: 'no', over1000: 'no' }, reports: [] }, now);
    expect(failure.find((l) => l.rule.key === 'ppcPreliminary')?.state).toBe('notRequired');
    expect(failure.find((l) => l.rule.key === 'police')?.state).toBe('optional');
  });
});
