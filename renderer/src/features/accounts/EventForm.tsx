import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocalDateString } from '../../base/local-date';
import { recordAccountEvent } from '../../db/accounts-store';
import { accountEventSchema, type AccountEventKind } from '../../domain/accounts/account-event';
import { AccountEventError } from '../../domain/accounts/account-state';
import { formatDateTime } from '../../domain/date-text';
import { incidentLabel, type Incident } from '../../domain/incidents/incident';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useErrorText } from '../../ui/form-errors';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

const HEADING = {
  opened: 'headingOpened',
  used: 'headingUsed',
  returned: 'headingReturned',
  resealed: 'headingResealed',
  retired: 'headingRetired',
  sealCheck: 'headingSealCheck',
  reviewed: 'headingReviewed',
} as const satisfies Record<AccountEventKind, string>;

/** 'YYYY-MM-DDTHH:mm' in local time, what a datetime-local input holds. */
function localMinute(date: Date): string {
  return `${toLocalDateString(date)}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

interface Props {
  accountId: string;
  kind: AccountEventKind;
  /** For an opening: incidents and drills to choose from, and the one preselected (the active one). */
  incidents: readonly Incident[];
  activeIncidentId: string;
  /** For a review: the event it reviews. */
  reviewOf?: string;
  onDone(): void;
}

/** One ledger line: the fields its kind needs, checked by the schema and the state machine, saved in one transaction. */
export function EventForm({ accountId, kind, incidents, activeIncidentId, reviewOf = '', onDone }: Props) {
  const { t, i18n } = useTranslation();
  const { db, writer } = useWorkbook();
  const errorText = useErrorText();
  const storageMessage = useStorageErrorMessage();
  const [values, setValues] = useState({ at: localMinute(new Date()), who: writer.actor, detail: '', witness: '', incidentId: kind === 'opened' ? activeIncidentId : '', newSealNumber: '', changedBy: '', sealIntact: true });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const at = new Date(values.at);
    const parsed = accountEventSchema.safeParse({ ...values, accountId, kind, reviewOf, at: Number.isNaN(at.getTime()) ? '' : at.toISOString() });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await recordAccountEvent(db, parsed.data, writer);
      onDone();
    } catch (error) {
      setFailure(error instanceof AccountEventError ? t(`accounts.refusal.${error.code}`) : storageMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const input = (key: 'at' | 'who' | 'detail' | 'witness' | 'newSealNumber' | 'changedBy', label: string, options: { hint?: string; multiline?: boolean; type?: string } = {}) => {
    const id = `account-event-${key}`;
    const error = errorText(errors[key]);
    const aria = fieldAria(id, { hint: options.hint, error });
    return (
      <Field id={id} label={label} hint={options.hint} error={error}>
        {options.multiline ? <textarea {...aria} value={values[key]} onChange={set(key)} /> : <input {...aria} type={options.type ?? 'text'} value={values[key]} onChange={set(key)} />}
      </Field>
    );
  };
  const detailLabel = { opened: 'reason', used: 'use', reviewed: 'reviewFinding' } as const;

  return (
    <form className="form card accounts-event-form" onSubmit={(e) => void submit(e)} noValidate data-testid="account-event-form">
      <h2>{t(`accounts.event.${HEADING[kind]}`)}</h2>
      {input('at', t('accounts.event.at'), { type: 'datetime-local', hint: kind === 'opened' ? t('accounts.event.atHint') : undefined })}
      {input('who', t('accounts.event.who'))}
      {kind === 'opened' && (
        <>
          <Field id="account-event-incident" label={t('accounts.event.incident')}>
            <select id="account-event-incident" value={values.incidentId} onChange={set('incidentId')}>
              <option value="">{t('accounts.event.noIncident')}</option>
              {incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  {incidentLabel(i, (iso) => formatDateTime(iso, i18n.language))}
                  {i.status === 'closed' && t('punct.parens', { text: t('accounts.event.closed') })}
                </option>
              ))}
            </select>
          </Field>
          {values.incidentId === '' && <Notice tone="error">{t('accounts.event.noIncidentWarning')}</Notice>}
          {input('witness', t('accounts.event.witness'))}
        </>
      )}
      {kind === 'resealed' && (
        <>
          {input('newSealNumber', t('accounts.event.newSealNumber'))}
          {input('changedBy', t('accounts.event.changedBy'))}
        </>
      )}
      {kind === 'sealCheck' && (
        <label className="systems-check">
          <input type="checkbox" checked={values.sealIntact} onChange={(e) => setValues((v) => ({ ...v, sealIntact: e.target.checked }))} /> {t('accounts.event.sealIntact')}
        </label>
      )}
      {input('detail', t(`accounts.event.${kind in detailLabel ? detailLabel[kind as keyof typeof detailLabel] : 'remarks'}`), { multiline: true })}
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          {t('accounts.event.submit')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </form>
  );
}
