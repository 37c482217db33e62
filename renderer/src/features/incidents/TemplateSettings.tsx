import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeSetting } from '../../db/settings';
import { moveTemplateStep, newStepKey, responseTemplateSchema, type StepTemplate } from '../../domain/incidents/response-steps';
import { Notice } from '../../ui/Notice';
import { useErrorText } from '../../ui/form-errors';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { shippedResponseTemplate } from './shipped-rules';
import { useResponseTemplate } from './useIncidents';

/**
 * 設定: the facility's 初動対応 template — edit, add, remove and reorder the steps. A declared incident keeps the copy
 * it started with; the change applies to the next one.
 */
export function TemplateSettings() {
  const { t } = useTranslation();
  const { db, writer, canEdit, settings } = useWorkbook();
  const current = useResponseTemplate();
  const storageMessage = useStorageErrorMessage();
  const errorText = useErrorText();
  const [steps, setSteps] = useState<StepTemplate[]>(() => [...current]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const update = (i: number, patch: Partial<StepTemplate>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const save = async (value: StepTemplate[] | null) => {
    const parsed = value === null ? null : responseTemplateSchema.safeParse(value);
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      const at = typeof issue?.path[0] === 'number' ? issue.path[0] + 1 : 0;
      return setMessage({ tone: 'error', text: `${at ? t('incidents.template.stepN', { n: at }) : ''}${errorText(issue?.message) ?? ''}` });
    }
    try {
      await writeSetting(db, 'incidentResponseTemplate', parsed ? parsed.data : null, writer);
      setSteps(parsed ? parsed.data : [...shippedResponseTemplate().steps]);
      setMessage({ tone: 'ok', text: t('settings.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: storageMessage(error) });
    }
  };
  return (
    <section className="card" aria-labelledby="incident-template-heading">
      <h2 id="incident-template-heading">{t('incidents.template.heading')}</h2>
      <p className="muted">{t('incidents.template.lead')}</p>
      <p className="muted">{settings.incidentResponseTemplate ? t('incidents.template.own') : t('incidents.template.shipped')}</p>
      <fieldset disabled={!canEdit} className="plain-fieldset">
        <ol className="incidents-template">
          {steps.map((s, i) => (
            <li key={s.key} data-testid={`template-step-${i + 1}`}>
              <input aria-label={t('incidents.template.title', { n: i + 1 })} value={s.title} maxLength={200} onChange={(e) => update(i, { title: e.target.value })} />
              <textarea aria-label={t('incidents.template.detail', { n: i + 1 })} value={s.detail} rows={1} maxLength={2000} onChange={(e) => update(i, { detail: e.target.value })} />
              <span className="actions">
                <button type="button" className="button secondary" disabled={i === 0} aria-label={t('incidents.template.up', { n: i + 1 })} onClick={() => setSteps(moveTemplateStep(steps, i, -1))}>
                  ↑
                </button>
                <button type="button" className="button secondary" disabled={i === steps.length - 1} aria-label={t('incidents.template.down', { n: i + 1 })} onClick={() => setSteps(moveTemplateStep(steps, i, 1))}>
                  ↓
                </button>
                <button type="button" className="button secondary" disabled={steps.length <= 1} aria-label={t('incidents.template.remove', { n: i + 1 })} onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                  {t('common.delete')}
                </button>
              </span>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setSteps([...steps, { key: newStepKey(steps), title: '', detail: '', links: [] }])}>
            {t('incidents.template.add')}
          </button>
          <button type="button" className="button" onClick={() => void save(steps)}>
            {t('settings.save')}
          </button>
          <button type="button" className="button secondary" onClick={() => void save(null)}>
            {t('incidents.template.reset')}
          </button>
        </div>
      </fieldset>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
