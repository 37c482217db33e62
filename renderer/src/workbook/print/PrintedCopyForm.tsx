import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePrintedCopy } from '../../db/distribution-store';
import { printedCopySchema, printEditions, printedDocuments, type PrintedCopyFields } from '../../domain/distribution/printed-copy';
import { toLocalDateString } from '../../base/local-date';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../useStorageErrorMessage';
import { useWorkbook } from '../WorkbookContext';

type Draft = Omit<PrintedCopyFields, 'printedAt'> & { printedOn: string };

interface Props {
  /** What was just printed, when the form follows a print; empty when a copy is recorded by hand. */
  initial?: Partial<Pick<PrintedCopyFields, 'document' | 'title' | 'edition' | 'department' | 'version'>>;
  /** When the copy was printed; defaults to now (the form follows the save at once). */
  printedAt?: Date;
  onSaved?(): void;
}

/** The start of a chosen day, so a copy recorded by hand for a past day counts the changes made after that day began. */
function printedAtOf(day: string, exact: Date): string {
  if (toLocalDateString(exact) === day) return exact.toISOString();
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 0, 0).toISOString();
}

/** Where a printed binder or kit is kept (印刷物の保管台帳): one record per place, validated with Japanese messages. */
export function PrintedCopyForm({ initial, printedAt, onSaved }: Props) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const id = useId();
  // The moment the form opened stands for "printed just now": a day picked by hand counts from that day's start.
  const [openedAt] = useState(() => printedAt ?? new Date());
  const [draft, setDraft] = useState<Draft>({
    document: initial?.document ?? 'binder',
    title: initial?.title ?? '',
    edition: initial?.edition ?? 'admin',
    department: initial?.department ?? '',
    place: '',
    version: initial?.version ?? '',
    notes: '',
    printedOn: toLocalDateString(openedAt),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus(null);
  };

  async function submit() {
    const { printedOn, ...fields } = draft;
    const parsed = printedCopySchema.safeParse({ ...fields, printedAt: /^\d{4}-\d{2}-\d{2}$/.test(printedOn) ? printedAtOf(printedOn, openedAt) : '' });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'printedAt' ? 'printedOn' : String(issue.path[0]);
        found[key] ??= t(issue.message, { defaultValue: t('validation.invalid') });
      }
      return setErrors(found);
    }
    setErrors({});
    try {
      await savePrintedCopy(db, parsed.data, writer);
      setStatus({ tone: 'ok', text: t('distribution.printed.saved') });
      setDraft((d) => ({ ...d, place: '', notes: '' }));
      onSaved?.();
    } catch (error) {
      setStatus({ tone: 'error', text: storageMessage(error) });
    }
  }

  const fieldId = (name: string) => `${id}-${name}`;
  const aria = (name: string, hint?: string) => fieldAria(fieldId(name), { hint, error: errors[name] });
  return (
    <form
      className="form printed-copy-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field id={fieldId('document')} label={t('distribution.printed.fields.document')}>
        <select {...aria('document')} value={draft.document} disabled={!canEdit} onChange={(e) => set('document', e.target.value as Draft['document'])}>
          {printedDocuments.map((d) => (
            <option key={d} value={d}>
              {t(`distribution.printed.documents.${d}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={fieldId('title')} label={t('distribution.printed.fields.title')} error={errors.title}>
        <input {...aria('title')} value={draft.title} disabled={!canEdit} onChange={(e) => set('title', e.target.value)} />
      </Field>
      <Field id={fieldId('edition')} label={t('distribution.printed.fields.edition')}>
        <select {...aria('edition')} value={draft.edition} disabled={!canEdit} onChange={(e) => set('edition', e.target.value as Draft['edition'])}>
          {printEditions.map((e) => (
            <option key={e} value={e}>
              {t(`distribution.printed.editions.${e}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.edition === 'department' && (
        <Field id={fieldId('department')} label={t('distribution.printed.fields.department')} error={errors.department}>
          <input {...aria('department')} value={draft.department} disabled={!canEdit} onChange={(e) => set('department', e.target.value)} />
        </Field>
      )}
      <Field id={fieldId('place')} label={t('distribution.printed.fields.place')} hint={t('distribution.printed.placeHint')} error={errors.place}>
        <input {...aria('place', t('distribution.printed.placeHint'))} value={draft.place} disabled={!canEdit} onChange={(e) => set('place', e.target.value)} />
      </Field>
      <Field id={fieldId('version')} label={t('distribution.printed.fields.version')} error={errors.version}>
        <input {...aria('version')} value={draft.version} disabled={!canEdit} onChange={(e) => set('version', e.target.value)} />
      </Field>
      <Field id={fieldId('printedOn')} label={t('distribution.printed.fields.printedAt')} error={errors.printedOn}>
        <input {...aria('printedOn')} type="date" value={draft.printedOn} disabled={!canEdit} onChange={(e) => set('printedOn', e.target.value)} />
      </Field>
      <Field id={fieldId('notes')} label={t('distribution.printed.fields.notes')} error={errors.notes}>
        <input {...aria('notes')} value={draft.notes} disabled={!canEdit} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={!canEdit}>
          {t('distribution.printed.record')}
        </button>
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </form>
  );
}
