import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Repository } from '../../db/repository';
import { procedureSchema, type Procedure, type ProcedureFields } from '../../domain/paper/procedure';
import { emergencyLevelName } from '../../domain/plan/emergency-level';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { emptyProcedure, procedureToForm, type ProcedureFormValues } from './procedure-form';
import { StepsFieldset } from './StepsFieldset';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { WithPaperData } from './WithPaperData';
import type { PaperData } from './usePaperData';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** Create or edit a procedure; `paper/procedures/new` starts an empty one. */
export function ProcedureEditor() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="procedures" notFound={t('paper.procedure.notFound')} back={{ to: '/paper', label: t('paper.heading') }}>
      {(existing) => <WithPaperData>{(data) => <ProcedureForm existing={existing} data={data} />}</WithPaperData>}
    </RecordEditorRoute>
  );
}

function ProcedureForm({ existing, data }: { existing: Procedure | null; data: PaperData }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ProcedureFormValues, unknown, ProcedureFields>({
    resolver: zodResolver(procedureSchema),
    defaultValues: existing ? procedureToForm(existing) : emptyProcedure(data.departments[0] ?? ''),
  });
  const { errors, isSubmitting } = form.formState;
  const field = useFieldErrors(errors, 'procedure');
  const departments = existing && !data.departments.includes(existing.department) ? [...data.departments, existing.department] : data.departments;
  const disabled = !canEdit;
  // A level no longer in the plan's list stays selectable under its stored id, so saving never changes it unasked.
  const levelChoices = existing && !data.levels.some((l) => l.id === existing.level) ? [...data.levels, { id: existing.level, name: emergencyLevelName(data.levels, existing.level) }] : data.levels;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await new Repository(db, 'procedures').save({ ...values, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate(`/paper/procedures/${saved.id}`);
    } catch (e) {
      setFailure(storageMessage(e));
    }
  });

  const markupHint = t('paper.markupHint');
  return (
    <section aria-labelledby="procedure-editor-heading">
      <p>
        <Link to={existing ? `/paper/procedures/${existing.id}` : '/paper'}>← {t('common.cancel')}</Link>
      </p>
      <h1 id="procedure-editor-heading">{existing ? t('paper.procedure.editHeading') : t('paper.procedure.newHeading')}</h1>
      <ReadOnlyNotice />
      <form className="form card paper-form-wide" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id={field('title').id} label={t('paper.procedure.title')} error={field('title').error}>
          <input {...field('title').aria} {...form.register('title')} disabled={disabled} />
        </Field>
        <div className="paper-two">
          <Field id={field('department').id} label={t('paper.department')} error={field('department').error}>
            <select {...field('department').aria} {...form.register('department')} disabled={disabled}>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </Field>
          <Field id="procedure-level" label={t('paper.procedure.level')} hint={t('paper.procedure.levelHint')}>
            <select id="procedure-level" {...form.register('level')} disabled={disabled}>
              {levelChoices.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id={field('trigger').id} label={t('paper.procedure.trigger')} hint={markupHint} error={field('trigger').error}>
          <textarea {...field('trigger').aria} {...form.register('trigger')} disabled={disabled} />
        </Field>
        <StepsFieldset name="steps" legend={t('paper.procedure.steps')} control={form.control} register={form.register} errors={errors} disabled={disabled} />
        <Field id={field('supplies').id} label={t('paper.procedure.supplies')} hint={markupHint} error={field('supplies').error}>
          <textarea {...field('supplies').aria} {...form.register('supplies')} disabled={disabled} />
        </Field>
        <fieldset>
          <legend>{t('paper.procedure.forms')}</legend>
          {data.forms.length === 0 && <p className="muted">{t('paper.form.none')}</p>}
          <div className="paper-checks">
            {data.forms.map((f) => (
              <label key={f.id}>
                <input type="checkbox" value={f.id} {...form.register('formIds')} disabled={disabled} /> {f.title}
              </label>
            ))}
          </div>
        </fieldset>
        <StepsFieldset name="backEntrySteps" legend={t('paper.procedure.backEntry')} control={form.control} register={form.register} errors={errors} disabled={disabled} />
        <Field id={field('paperOriginal').id} label={t('paper.procedure.paperOriginal')} hint={markupHint} error={field('paperOriginal').error}>
          <textarea {...field('paperOriginal').aria} {...form.register('paperOriginal')} disabled={disabled} />
        </Field>
        <StepsFieldset name="returnSteps" legend={t('paper.procedure.return')} control={form.control} register={form.register} errors={errors} disabled={disabled} />
        {!disabled && (
          <div className="actions">
            <button type="submit" className="button" disabled={isSubmitting}>
              {t('paper.save')}
            </button>
          </div>
        )}
        {Object.keys(errors).length > 0 && <Notice tone="error">{t('common.fixErrors')}</Notice>}
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </section>
  );
}
