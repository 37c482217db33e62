import { reportRuleListSchema, type ReportApplicability, type ReportRule } from './reports';

/**
 * A report rule as the 設定 form holds it: numbers as typed (text), the sources one per line. What the form does not
 * show (key, sheet, contact hint, what to report) rides along unchanged.
 */
export interface ReportRuleForm {
  key: string;
  body: string;
  appliesWhen: ReportApplicability;
  dueKind: 'hours' | 'days';
  hours: string;
  days: string;
  aimDays: string;
  fraudDays: string;
  dueText: string;
  sources: string;
  rule: ReportRule;
}

export function ruleToForm(rule: ReportRule): ReportRuleForm {
  const due = rule.due;
  return {
    key: rule.key,
    body: rule.body,
    appliesWhen: rule.appliesWhen,
    dueKind: due.kind,
    hours: due.kind === 'hours' ? String(due.hours) : '24',
    days: due.kind === 'days' ? String(due.days) : '30',
    aimDays: due.kind === 'days' && due.aimDays !== undefined ? String(due.aimDays) : '',
    fraudDays: due.kind === 'days' && due.fraudDays !== undefined ? String(due.fraudDays) : '',
    dueText: due.text,
    sources: rule.sources.join('\n'),
    rule,
  };
}

/** '' is NaN, which the schema refuses with the field's message; an optional field left empty is absent. */
const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
const optionalNum = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

function formToRule(form: ReportRuleForm): unknown {
  const due =
    form.dueKind === 'hours'
      ? { kind: 'hours', hours: num(form.hours), text: form.dueText }
      : { kind: 'days', days: num(form.days), aimDays: optionalNum(form.aimDays), fraudDays: optionalNum(form.fraudDays), text: form.dueText };
  const sources = form.sources
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return { ...form.rule, body: form.body, appliesWhen: form.appliesWhen, due, sources };
}

/** The form field a schema issue is about, so the message can stand beside it. */
export type RuleFormField = 'body' | 'hours' | 'days' | 'aimDays' | 'fraudDays' | 'dueText' | 'sources' | 'rules';

/** The form field of each part of a deadline. */
const DUE_FIELDS: Partial<Record<string, RuleFormField>> = { text: 'dueText', hours: 'hours', days: 'days', aimDays: 'aimDays', fraudDays: 'fraudDays' };

export type RuleFormResult = { ok: true; rules: ReportRule[] } | { ok: false; index: number | undefined; field: RuleFormField; message: string };

/** Every form checked by the same schema the shipped file passes; the first problem is named with its body and field. */
export function parseRuleForms(forms: readonly ReportRuleForm[]): RuleFormResult {
  const parsed = reportRuleListSchema.safeParse(forms.map(formToRule));
  if (parsed.success) return { ok: true, rules: parsed.data };
  const issue = parsed.error.issues[0]!;
  const [index, part, sub] = issue.path;
  const field: RuleFormField = part === 'body' || part === 'sources' ? part : part === 'due' ? (DUE_FIELDS[String(sub)] ?? 'dueText') : 'rules';
  return { ok: false, index: typeof index === 'number' ? index : undefined, field, message: issue.message };
}
