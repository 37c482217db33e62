import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSetting } from '../../db/settings';
import { parseRuleForms, ruleToForm, type ReportRuleForm, type RuleFormField } from '../../domain/incidents/report-rule-form';
import { reportApplicability } from '../../domain/incidents/reports';
import { Notice } from '../../ui/Notice';
import { useErrorText } from '../../ui/form-errors';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { shippedReportRules } from './shipped-rules';
import { useReportRules } from './useIncidents';

/** The numbers asked for each kind of deadline. */
const DUE_NUMBERS = { hours: ['hours'], days: ['days', 'aimDays', 'fraudDays'] } as const satisfies Record<ReportRuleForm['dueKind'], readonly RuleFormField[]>;

/**
 * 設定: the report rules (R14) — per body whether it applies, its deadline and the sources it rests on. Stored in the
 * workbook (audited like any setting) and used by every incident at once; 同梱に戻す goes back to the shipped file.
 * A read-only workbook shows them and offers no way to save.
 */
export function ReportRulesSettings() {
  const { t } = useTranslation();
  const { db, writer, canEdit, settings } = useWorkbook();
  const current = useReportRules();
  const storageMessage = useStorageErrorMessage();
  const errorText = useErrorText();
  const [forms, setForms] = useState<ReportRuleForm[]>(() => current.rules.map(ruleToForm));
  const [problem, setProblem] = useState<{ index: number | undefined; field: RuleFormField } | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const update = (i: number, patch: Partial<ReportRuleForm>) => setForms(forms.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const save = async (reset: boolean) => {
    let value = null;
    if (!reset) {
      const parsed = parseRuleForms(forms);
      if (!parsed.ok) {
        setProblem({ index: parsed.index, field: parsed.field });
        const body = parsed.index === undefined ? '' : (forms[parsed.index]?.body.trim() ?? '');
        const text = errorText(parsed.message) ?? '';
        return setMessage({ tone: 'error', text: body ? t('incidents.rules.problem', { body, message: text }) : text });
      }
      value = parsed.rules;
    }
    setProblem(null);
    try {
      await writeSetting(db, 'incidentReportRules', value, writer);
      setForms((value ?? shippedReportRules().rules).map(ruleToForm));
      setMessage({ tone: 'ok', text: t('settings.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  };
  const invalid = (i: number, field: RuleFormField) => (problem && problem.index === i && problem.field === field ? true : undefined);
  return (
    <section className="card" aria-labelledby="incident-rules-heading" data-testid="report-rules-settings">
      <h2 id="incident-rules-heading">{t('incidents.rules.heading')}</h2>
      <p className="muted">{t('incidents.rules.lead')}</p>
      <p className="muted">{settings.incidentReportRules ? t('incidents.rules.own') : t('incidents.rules.shipped', { date: shippedReportRules().checkedOn })}</p>
      <fieldset disabled={!canEdit} className="plain-fieldset">
        <ol className="incidents-rules">
          {forms.map((f, i) => (
            <li key={f.key} data-testid={`rule-${f.key}`}>
              <fieldset className="incidents-rule">
                <legend>{f.body || f.rule.body}</legend>
                <label>
                  {t('incidents.rules.body')}
                  <input value={f.body} maxLength={100} aria-invalid={invalid(i, 'body')} onChange={(e) => update(i, { body: e.target.value })} />
                </label>
                <label>
                  {t('incidents.rules.appliesWhen')}
                  <select value={f.appliesWhen} onChange={(e) => update(i, { appliesWhen: e.target.value as ReportRuleForm['appliesWhen'] })}>
                    {reportApplicability.map((a) => (
                      <option key={a} value={a}>
                        {t(`incidents.rules.applies.${a}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('incidents.rules.dueKind')}
                  <select value={f.dueKind} onChange={(e) => update(i, { dueKind: e.target.value as ReportRuleForm['dueKind'] })}>
                    <option value="hours">{t('incidents.rules.dueKinds.hours')}</option>
                    <option value="days">{t('incidents.rules.dueKinds.days')}</option>
                  </select>
                </label>
                {DUE_NUMBERS[f.dueKind].map((field) => (
                  <label key={field}>
                    {t(`incidents.rules.${field}`)}
                    <input type="number" inputMode="numeric" min={1} value={f[field]} aria-invalid={invalid(i, field)} onChange={(e) => update(i, { [field]: e.target.value })} />
                  </label>
                ))}
                <label className="incidents-rule-wide">
                  {t('incidents.rules.dueText')}
                  <input value={f.dueText} maxLength={200} aria-invalid={invalid(i, 'dueText')} onChange={(e) => update(i, { dueText: e.target.value })} />
                </label>
                <label className="incidents-rule-wide">
                  {t('incidents.rules.sources')}
                  <textarea value={f.sources} rows={2} aria-invalid={invalid(i, 'sources')} onChange={(e) => update(i, { sources: e.target.value })} />
                </label>
              </fieldset>
            </li>
          ))}
        </ol>
        {canEdit && (
          <div className="actions">
            <button type="button" className="button" onClick={() => void save(false)}>
              {t('settings.save')}
            </button>
            <button type="button" className="button secondary" onClick={() => void save(true)}>
              {t('incidents.rules.reset')}
            </button>
          </div>
        )}
      </fieldset>
      {message && (
        <Notice tone={message.tone}>
          <span data-testid="report-rules-message">{message.text}</span>
        </Notice>
      )}
    </section>
  );
}
