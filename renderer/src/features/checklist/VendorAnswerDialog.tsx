import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveVendorSheet } from '../../db/checklist-store';
import { answerValues } from '../../domain/checklist/answer';
import type { ChecklistSetFields } from '../../domain/checklist/item-set';
import { vendorSheetSchema, type VendorSheet, type VendorSheetFields } from '../../domain/checklist/vendor-sheet';
import type { Contact } from '../../domain/contacts/contact';
import { ActionRow } from '../../ui/ActionRow';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

type SheetInput = z.input<typeof vendorSheetSchema>;

interface Props {
  vendor: Contact;
  set: ChecklistSetFields;
  fiscalYear: number;
  sheet: VendorSheet | undefined;
  onClose(): void;
}

/** Record a vendor's returned sheet: the dates, and its はい / いいえ / 該当なし per item. */
export function VendorAnswerDialog({ vendor, set, fiscalYear, sheet, onClose }: Props) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const byItem = new Map((sheet?.answers ?? []).map((a) => [a.itemId, a]));
  const defaults: SheetInput = {
    contactId: vendor.id,
    setId: set.setId,
    fiscalYear,
    sentOn: sheet?.sentOn ?? '',
    receivedOn: sheet?.receivedOn ?? '',
    answers: set.items.map((i) => ({ itemId: i.id, answer: byItem.get(i.id)?.answer ?? '', note: byItem.get(i.id)?.note ?? '' })),
    note: sheet?.note ?? '',
  };
  const form = useForm<SheetInput, unknown, VendorSheetFields>({ resolver: zodResolver(vendorSheetSchema), defaultValues: defaults });
  const { register, formState } = form;
  const field = useFieldErrors(formState.errors, 'vendor-sheet');
  const name = [vendor.organisation, vendor.name].filter(Boolean).join(' ');
  const title = t('checklist.vendors.recordTitle', { name });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await saveVendorSheet(db, values, writer);
      onClose();
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  return (
    <Dialog title={title} onClose={onClose}>
      <h2>{title}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id={field('sentOn').id} label={t('checklist.vendors.sentOn')} error={field('sentOn').error}>
          <input type="date" {...field('sentOn').aria} {...register('sentOn')} />
        </Field>
        <Field id={field('receivedOn').id} label={t('checklist.vendors.receivedOn')} error={field('receivedOn').error}>
          <input type="date" {...field('receivedOn').aria} {...register('receivedOn')} />
        </Field>
        <table className="checklist-vendor-table">
          <tbody>
            {set.items.map((item, i) => (
              <tr key={item.id}>
                <th scope="row">{item.number}</th>
                <td>{item.text}</td>
                <td>
                  <select aria-label={item.number} {...register(`answers.${i}.answer`)}>
                    <option value="">{t('checklist.noneAnswer')}</option>
                    {answerValues.map((v) => (
                      <option key={v} value={v}>
                        {t(`checklist.answers.${v}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Field id={field('note').id} label={t('checklist.note')} error={field('note').error}>
          <textarea {...field('note').aria} {...register('note')} rows={2} />
        </Field>
        <ActionRow onCancel={onClose} failure={failure}>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('checklist.save')}
          </button>
        </ActionRow>
      </form>
    </Dialog>
  );
}
