import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Repository } from '../../db/repository';
import { resetStarterForm } from '../../db/paper-store';
import type { FormTemplate } from '../../domain/paper/form-template';
import { formatTemporaryId, remainingIds } from '../../domain/paper/temporary-patient-ids';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { NumberingResetDialog } from './NumberingResetDialog';
import { starterForm } from './starter-forms';
import { usePaperData } from './usePaperData';
import { usePaperPrint } from './usePaperPrint';

export const MAX_SHEETS_PER_PRINT = 500;

/** Beside the designer: print the saved form, its temporary-ID range, reset to the shipped version, delete. */
export function FormActions({ form, dirty }: { form: FormTemplate; dirty: boolean }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const data = usePaperData();
  const job = usePrintJob();
  const print = usePaperPrint(job, data);
  const [sheetsText, setSheetsText] = useState('1');
  const [failure, setFailure] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const sheets = Number(sheetsText);
  const sheetsValid = Number.isInteger(sheets) && sheets >= 1 && sheets <= MAX_SHEETS_PER_PRINT;
  const sheetsHint = t('paper.form.sheetsHint', { copies: form.copies, pages: sheetsValid ? sheets * form.copies : '—' });
  const sheetsError = sheetsValid ? undefined : t('paper.validation.sheets', { max: MAX_SHEETS_PER_PRINT });
  const shipped = form.starterId ? starterForm(form.starterId) : undefined;

  return (
    <div className="card paper-form-actions">
      <h2>{t('paper.form.printHeading')}</h2>
      <Field id="print-sheets" label={t('paper.form.sheets')} hint={sheetsHint} error={sheetsError}>
        <input {...fieldAria('print-sheets', { hint: sheetsHint, error: sheetsError })} type="number" min={1} max={MAX_SHEETS_PER_PRINT} value={sheetsText} onChange={(e) => setSheetsText(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="button" className="button" disabled={job.busy || !sheetsValid} onClick={() => void print.printForm(form, sheets)}>
          {t('paper.form.print')}
        </button>
      </div>
      {dirty && <p className="muted">{t('paper.form.printsSaved')}</p>}
      {print.problem && <Notice tone="error">{print.problem}</Notice>}
      <PrintJobStatus job={job} />

      {form.numbering && (
        <>
          <h3>{t('paper.numbering.heading')}</h3>
          <p data-testid="numbering-status">
            {remainingIds(form.numbering) > 0
              ? t('paper.numbering.status', {
                  next: formatTemporaryId(form.numbering, form.numbering.nextNumber),
                  last: formatTemporaryId(form.numbering, form.numbering.rangeEnd),
                  remaining: remainingIds(form.numbering).toLocaleString(),
                })
              : t('paper.numbering.exhausted')}
          </p>
          {print.numbersBlank && <p className="muted">{t('paper.print.numbersBlank')}</p>}
          {canEdit && (
            <button type="button" className="button secondary" onClick={() => setResetting(true)}>
              {t('paper.numbering.reset')}
            </button>
          )}
          {resetting && <NumberingResetDialog form={form} onClose={() => setResetting(false)} />}
        </>
      )}

      {canEdit && (
        <div className="actions paper-danger-zone">
          {shipped && (
            <ConfirmButton
              label={t('paper.form.resetStarter')}
              question={t('paper.form.resetStarterConfirm', { title: shipped.title })}
              onConfirm={() => {
                setFailure(null);
                resetStarterForm(db, form.id, shipped, writer).catch((error: unknown) => setFailure(storageMessage(error)));
              }}
            />
          )}
          <ConfirmButton
            label={t('paper.form.delete')}
            question={t('paper.form.deleteConfirm', { title: form.title })}
            onConfirm={() => {
              new Repository(db, 'formTemplates')
                .remove(form.id, writer)
                .then(() => navigate('/paper'))
                .catch((error: unknown) => setFailure(storageMessage(error)));
            }}
          />
        </div>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </div>
  );
}
