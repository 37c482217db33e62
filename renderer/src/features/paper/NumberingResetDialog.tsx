import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetTemporaryIds } from '../../db/paper-store';
import { idFitsFirstColumn } from '../../domain/paper/form-layout';
import type { FormTemplate } from '../../domain/paper/form-template';
import { ActionRow } from '../../ui/ActionRow';
import { Dialog } from '../../ui/Dialog';
import { Field, fieldAria } from '../../ui/Field';
import { useErrorText } from '../../ui/form-errors';
import { requiredNumber } from '../../ui/form-numbers';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { rangeIssues, type RangeValues } from './designer-form';

/**
 * Set a new temporary-ID range. Explicit, confirmed and audited, because afterwards numbers already on paper may
 * be printed again: the dialog says so and asks for a tick before it acts.
 */
export function NumberingResetDialog({ form, onClose }: { form: FormTemplate; onClose(): void }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const numbering = form.numbering;
  const [text, setText] = useState({
    prefix: numbering?.prefix ?? '仮-',
    digits: String(numbering?.digits ?? 6),
    rangeStart: String(numbering?.rangeEnd !== undefined ? numbering.rangeEnd + 1 : 1),
    rangeEnd: String(numbering?.rangeEnd !== undefined ? Math.min(10 ** (numbering.digits) - 1, numbering.rangeEnd * 2 + 1) : 99999),
  });
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const errorText = useErrorText();
  const field = (key: keyof typeof text, label: string, type: 'text' | 'number') => {
    const error = errorText(errors[key]);
    return (
      <Field id={`reset-${key}`} label={label} error={error}>
        <input {...fieldAria(`reset-${key}`, { error })} type={type} value={text[key]} onChange={(e) => setText({ ...text, [key]: e.target.value })} />
      </Field>
    );
  };

  const submit = () => {
    const range: RangeValues = { prefix: text.prefix.trim(), digits: requiredNumber(text.digits), rangeStart: requiredNumber(text.rangeStart), rangeEnd: requiredNumber(text.rangeEnd) };
    const issues = rangeIssues(range);
    if (issues.length === 0 && !idFitsFirstColumn(form, range)) issues.push({ path: ['prefix'], message: 'paper.validation.idTooWide' });
    setErrors(Object.fromEntries(issues.map((i) => [String(i.path[0]), i.message])));
    if (issues.length > 0) return;
    resetTemporaryIds(db, form.id, range, writer)
      .then(onClose)
      .catch((error: unknown) => setFailure(storageMessage(error)));
  };

  return (
    <Dialog title={t('paper.numbering.reset')} onClose={onClose}>
      <h2>{t('paper.numbering.reset')}</h2>
      <p>{t('paper.numbering.resetWarning')}</p>
      <div className="paper-two">
        {field('prefix', t('paper.numbering.prefix'), 'text')}
        {field('digits', t('paper.numbering.digits'), 'number')}
        {field('rangeStart', t('paper.numbering.rangeStart'), 'number')}
        {field('rangeEnd', t('paper.numbering.rangeEnd'), 'number')}
      </div>
      <label>
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('paper.numbering.understood')}
      </label>
      <ActionRow onCancel={onClose} failure={failure}>
        <button type="button" className="button danger" disabled={!understood} onClick={submit}>
          {t('paper.numbering.resetConfirm')}
        </button>
      </ActionRow>
    </Dialog>
  );
}
