import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveAnswer } from '../../db/checklist-store';
import { answerFormSchema, answerValues, type ChecklistAnswer, type ChecklistAnswerFields } from '../../domain/checklist/answer';
import { fiscalYearBounds, fiscalYearLabel, warekiOf } from '../../domain/checklist/fiscal-year';
import type { ChecklistItem, ChecklistSetFields } from '../../domain/checklist/item-set';
import { ActionRow } from '../../ui/ActionRow';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { evidenceOptions } from './evidence-links';
import { useStartMonth } from './useChecklistData';

type AnswerInput = z.input<ReturnType<typeof answerFormSchema>>;

interface Props {
  set: ChecklistSetFields;
  item: ChecklistItem;
  fiscalYear: number;
  answer: ChecklistAnswer | undefined;
  onClose(): void;
}

/** Answer one item for the 年度: two rounds, the 目標日 of an いいえ, a note and the records it rests on. */
export function AnswerDialog({ set, item, fiscalYear, answer, onClose }: Props) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const today = useToday();
  const startMonth = useStartMonth();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [wording, setWording] = useState(item.text);
  const schema = useMemo(() => answerFormSchema(startMonth, today), [startMonth, today]);
  const defaults: AnswerInput = answer ?? {
    setId: set.setId,
    itemId: item.id,
    fiscalYear,
    first: { answer: '', checkedOn: '' },
    second: { answer: '', checkedOn: '' },
    targetDate: '',
    note: '',
    evidence: [],
    actionId: '',
  };
  const form = useForm<AnswerInput, unknown, ChecklistAnswerFields>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { register, formState, watch, setValue } = form;
  const field = useFieldErrors(formState.errors, 'answer');
  const evidence = watch('evidence') ?? [];
  const options = useLiveQuery(() => evidenceOptions(db), [db]);
  const bounds = fiscalYearBounds(fiscalYear, startMonth);
  const title = t('checklist.answerTitle', { number: item.number });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await saveAnswer(db, values, { set, item, wording }, writer);
      onClose();
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const round = (name: 'first' | 'second') => (
    <fieldset className="checklist-round" data-testid={`round-${name}`}>
      <legend>{t(`checklist.${name}`)}</legend>
      <div className="checklist-choices" role="radiogroup" aria-label={t(`checklist.${name}`)}>
        {answerValues.map((v) => (
          <label key={v}>
            <input type="radio" value={v} {...register(`${name}.answer`)} /> {t(`checklist.answers.${v}`)}
          </label>
        ))}
        <label>
          <input type="radio" value="" {...register(`${name}.answer`)} /> {t('checklist.noneAnswer')}
        </label>
      </div>
      {field(`${name}.answer`).error && <span className="error" role="alert">{field(`${name}.answer`).error}</span>}
      <Field id={field(`${name}.checkedOn`).id} label={`${t(`checklist.${name}`)} ${t('checklist.checkedOn')}`} error={field(`${name}.checkedOn`).error}>
        <input type="date" {...field(`${name}.checkedOn`).aria} {...register(`${name}.checkedOn`)} />
      </Field>
    </fieldset>
  );

  return (
    <Dialog title={title} onClose={onClose}>
      <h2>{title}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id="answer-wording" label={t('checklist.wording')} hint={t('checklist.wordingHint')}>
          <textarea id="answer-wording" value={wording} onChange={(e) => setWording(e.target.value)} rows={2} maxLength={400} />
        </Field>
        {round('first')}
        {round('second')}
        <Field
          id={field('targetDate').id}
          label={t('checklist.targetDate')}
          hint={t('checklist.targetHint', { year: fiscalYearLabel(fiscalYear, startMonth), start: warekiOf(bounds.start), end: warekiOf(bounds.end) })}
          error={field('targetDate').error}
        >
          <input type="date" min={bounds.start} max={bounds.end} {...field('targetDate').aria} {...register('targetDate')} />
        </Field>
        <Field id={field('note').id} label={t('checklist.note')} error={field('note').error}>
          <textarea {...field('note').aria} {...register('note')} rows={2} />
        </Field>
        <fieldset>
          <legend>{t('checklist.evidenceLinks')}</legend>
          <ul className="checklist-links">
            {evidence.map((link, i) => (
              <li key={`${link.table}-${link.recordId}`}>
                {link.label}{' '}
                <button type="button" className="button secondary small" onClick={() => setValue('evidence', evidence.filter((_, j) => j !== i), { shouldDirty: true })}>
                  {t('checklist.removeEvidence')}
                </button>
              </li>
            ))}
          </ul>
          <label htmlFor="answer-add-evidence">{t('checklist.addEvidence')}</label>{' '}
          <select
            id="answer-add-evidence"
            value=""
            onChange={(e) => {
              const link = options?.flatMap((g) => g.links).find((l) => `${l.table}:${l.recordId}` === e.target.value);
              if (link && !evidence.some((l) => l.table === link.table && l.recordId === link.recordId)) setValue('evidence', [...evidence, link], { shouldDirty: true });
            }}
          >
            <option value="">{t('checklist.chooseRecord')}</option>
            {options?.map((group) => (
              <optgroup key={group.table} label={t(`tables.${group.table}`)}>
                {group.links.map((l) => (
                  <option key={l.recordId} value={`${l.table}:${l.recordId}`}>
                    {l.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </fieldset>
        <ActionRow onCancel={onClose} failure={failure}>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('checklist.save')}
          </button>
        </ActionRow>
      </form>
    </Dialog>
  );
}
