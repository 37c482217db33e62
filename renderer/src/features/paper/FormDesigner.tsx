import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormTemplateDeletedError, saveFormTemplate } from '../../db/paper-store';
import { sheetLayout } from '../../domain/paper/form-layout';
import { FORM_LIMITS, type FormTemplate } from '../../domain/paper/form-template';
import { Field, FieldError } from '../../ui/Field';
import { useErrorText, useFieldErrors } from '../../ui/form-errors';
import { requiredNumberInput } from '../../ui/form-numbers';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { designerSchema, designToTemplate, emptyDesign, templateToDesign, type DesignerOutput, type DesignerValues } from './designer-form';
import { FormActions } from './FormActions';
import { FormPreview } from './FormPreview';
import { ListFieldset } from './ListFieldset';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { WithPaperData } from './WithPaperData';
import type { PaperData } from './usePaperData';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** The form designer: `paper/forms/new` or `paper/forms/:id`. */
export function FormDesigner() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="formTemplates" notFound={t('paper.form.notFound')} back={{ to: '/paper', label: t('paper.heading') }}>
      {(existing) => <WithPaperData>{(data) => <Designer existing={existing} data={data} />}</WithPaperData>}
    </RecordEditorRoute>
  );
}

function Designer({ existing, data }: { existing: FormTemplate | null; data: PaperData }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const location = useLocation();
  // A new form moves to its own address once saved; the confirmation travels with it.
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(
    (location.state as { saved?: boolean } | null)?.saved ? { tone: 'ok', text: t('paper.form.saved') } : null,
  );
  const form = useForm<DesignerValues, unknown, DesignerOutput>({
    resolver: zodResolver(designerSchema),
    defaultValues: existing ? templateToDesign(existing) : emptyDesign(data.departments[0] ?? ''),
    mode: 'onChange',
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting, isDirty } = formState;
  const headerFields = useFieldArray({ control, name: 'headerFields' });
  const columns = useFieldArray({ control, name: 'columns' });
  const signatures = useFieldArray({ control, name: 'signatureBoxes' });
  const values = useWatch({ control }) as DesignerValues;
  const disabled = !canEdit;
  const field = useFieldErrors(errors, 'form');
  const errorText = useErrorText();
  const layout = sheetLayout({
    title: values.title ?? '',
    department: values.department ?? '',
    copies: Number(values.copies) || 1,
    orientation: values.orientation === 'landscape' ? 'landscape' : 'portrait',
    headerFields: values.headerFields?.map((f) => ({ label: f?.label ?? '' })) ?? [],
    columns: values.columns?.map((c) => ({ label: c?.label ?? '', width: Number(c?.width) || 0 })) ?? [],
    rowsPerPage: Number(values.rowsPerPage) || 1,
    signatureBoxes: values.signatureBoxes?.map((b) => ({ label: b?.label ?? '' })) ?? [],
    notes: values.notes ?? '',
    numbering: values.numbered ? true : undefined,
  });
  const departments = existing?.department && !data.departments.includes(existing.department) ? [...data.departments, existing.department] : data.departments;

  const onSubmit = form.handleSubmit(async (output) => {
    setStatus(null);
    try {
      const saved = await saveFormTemplate(db, { ...designToTemplate(output), ...(existing ? { id: existing.id } : {}) }, writer);
      form.reset(templateToDesign(saved));
      setStatus({ tone: 'ok', text: t('paper.form.saved') });
      if (!existing) void navigate(`/paper/forms/${saved.id}`, { replace: true, state: { saved: true } });
    } catch (error) {
      setStatus({ tone: 'error', text: error instanceof FormTemplateDeletedError ? t('paper.form.deletedElsewhere') : storageMessage(error) });
    }
  });

  const maxRows = Math.min(FORM_LIMITS.rowsPerPage.max, layout.maxRows);
  return (
    <section aria-labelledby="designer-heading">
      <p>
        <Link to="/paper">← {t('paper.heading')}</Link>
      </p>
      <h1 id="designer-heading">{existing ? t('paper.form.editHeading', { title: existing.title }) : t('paper.form.newHeading')}</h1>
      <ReadOnlyNotice />
      <div className="paper-designer">
        <form className="form card paper-form-wide" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('paper.form.designer')}>
          <Field id={field('title').id} label={t('paper.form.title')} error={field('title').error}>
            <input {...field('title').aria} {...register('title')} disabled={disabled} />
          </Field>
          <div className="paper-two">
            <Field id="form-department" label={t('paper.department')}>
              <select id="form-department" {...register('department')} disabled={disabled}>
                <option value="">{t('paper.allDepartments')}</option>
                {departments.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="form-orientation" label={t('paper.form.orientation')}>
              <select id="form-orientation" {...register('orientation')} disabled={disabled}>
                <option value="portrait">{t('paper.form.portrait')}</option>
                <option value="landscape">{t('paper.form.landscape')}</option>
              </select>
            </Field>
          </div>
          <div className="paper-two">
            <Field id={field('rowsPerPage').id} label={t('paper.form.rowsPerPage')} hint={t('paper.form.rowsHint', { max: maxRows })} error={field('rowsPerPage', { max: maxRows }).error}>
              <input type="number" min={1} max={60} {...field('rowsPerPage').aria} {...register('rowsPerPage', requiredNumberInput)} disabled={disabled} />
            </Field>
            <Field id={field('copies').id} label={t('paper.form.copies')} hint={t('paper.form.copiesHint')} error={field('copies').error}>
              <input type="number" min={1} max={5} {...field('copies').aria} {...register('copies', requiredNumberInput)} disabled={disabled} />
            </Field>
          </div>

          <ListFieldset
            legend={t('paper.form.headerFields')}
            count={headerFields.fields.length}
            max={FORM_LIMITS.headerFields}
            disabled={disabled}
            addLabel={t('paper.form.addHeaderField')}
            onAdd={() => headerFields.append({ label: '' })}
          >
            <div className="paper-chips">
              {headerFields.fields.map((item, i) => (
                <span key={item.id} className="paper-chip">
                  <input aria-label={t('paper.form.headerFieldN', { n: i + 1 })} {...field(`headerFields.${i}.label`).aria} {...register(`headerFields.${i}.label`)} disabled={disabled} />
                  {!disabled && (
                    <button type="button" className="paper-icon" aria-label={t('paper.form.removeHeaderField', { n: i + 1 })} onClick={() => headerFields.remove(i)}>
                      ×
                    </button>
                  )}
                  <FieldError {...field(`headerFields.${i}.label`)} />
                </span>
              ))}
            </div>
          </ListFieldset>

          <ListFieldset
            legend={t('paper.form.columns')}
            count={columns.fields.length}
            max={FORM_LIMITS.columns}
            disabled={disabled}
            addLabel={t('paper.form.addColumn')}
            onAdd={() => columns.append({ label: '', width: 1 })}
            error={errorText(errors.columns?.message ?? errors.columns?.root?.message)}
          >
            <table className="paper-columns">
              <thead>
                <tr>
                  <th>{t('paper.form.columnLabel')}</th>
                  <th>{t('paper.form.columnWidth')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {columns.fields.map((item, i) => (
                  <tr key={item.id}>
                    <td>
                      <input aria-label={t('paper.form.columnN', { n: i + 1 })} {...field(`columns.${i}.label`).aria} {...register(`columns.${i}.label`)} disabled={disabled} />
                      <FieldError {...field(`columns.${i}.label`)} />
                    </td>
                    <td>
                      <input
                        type="number"
                        step="0.1"
                        min={0.1}
                        aria-label={t('paper.form.columnWidthN', { n: i + 1 })}
                        {...field(`columns.${i}.width`).aria}
                        {...register(`columns.${i}.width`, requiredNumberInput)}
                        disabled={disabled}
                      />
                      <FieldError {...field(`columns.${i}.width`)} />
                    </td>
                    <td className="actions">
                      {!disabled && (
                        <>
                          <button type="button" className="paper-icon" aria-label={t('paper.form.columnUp', { n: i + 1 })} disabled={i === 0} onClick={() => columns.move(i, i - 1)}>
                            ↑
                          </button>
                          <button
                            type="button"
                            className="paper-icon"
                            aria-label={t('paper.form.columnDown', { n: i + 1 })}
                            disabled={i === columns.fields.length - 1}
                            onClick={() => columns.move(i, i + 1)}
                          >
                            ↓
                          </button>
                          <button type="button" className="paper-icon" aria-label={t('paper.form.removeColumn', { n: i + 1 })} onClick={() => columns.remove(i)}>
                            ×
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint muted">{t('paper.form.widthHint')}</p>
          </ListFieldset>

          <ListFieldset
            legend={t('paper.form.signatureBoxes')}
            count={signatures.fields.length}
            max={FORM_LIMITS.signatureBoxes}
            disabled={disabled}
            addLabel={t('paper.form.addSignatureBox')}
            onAdd={() => signatures.append({ label: '' })}
          >
            <div className="paper-chips">
              {signatures.fields.map((item, i) => (
                <span key={item.id} className="paper-chip">
                  <input aria-label={t('paper.form.signatureN', { n: i + 1 })} {...field(`signatureBoxes.${i}.label`).aria} {...register(`signatureBoxes.${i}.label`)} disabled={disabled} />
                  {!disabled && (
                    <button type="button" className="paper-icon" aria-label={t('paper.form.removeSignature', { n: i + 1 })} onClick={() => signatures.remove(i)}>
                      ×
                    </button>
                  )}
                  <FieldError {...field(`signatureBoxes.${i}.label`)} />
                </span>
              ))}
            </div>
          </ListFieldset>

          <Field id={field('notes').id} label={t('paper.form.notes')} error={field('notes').error}>
            <textarea {...field('notes').aria} {...register('notes')} disabled={disabled} />
          </Field>

          <fieldset>
            <legend>{t('paper.form.stock')}</legend>
            <div className="paper-three">
              <Field id={field('stock.sheetsPerDay').id} label={t('paper.form.sheetsPerDay')} error={field('stock.sheetsPerDay').error}>
                <input type="number" min={0} step="0.1" {...field('stock.sheetsPerDay').aria} {...register('stock.sheetsPerDay', requiredNumberInput)} disabled={disabled} />
              </Field>
              <Field id="form-scope" label={t('paper.form.scope')}>
                <select id="form-scope" {...register('stock.scope')} disabled={disabled}>
                  <option value="department">{t('paper.form.scopeDepartment')}</option>
                  <option value="ward">{t('paper.form.scopeWard')}</option>
                </select>
              </Field>
              <Field id={field('stock.packSize').id} label={t('paper.form.packSize')} hint={t('paper.form.packSizeHint')} error={field('stock.packSize').error}>
                <input type="number" min={0} {...field('stock.packSize').aria} {...register('stock.packSize', requiredNumberInput)} disabled={disabled} />
              </Field>
            </div>
          </fieldset>

          <fieldset>
            <legend>{t('paper.numbering.heading')}</legend>
            <label>
              <input type="checkbox" {...register('numbered')} disabled={disabled || values.rangeLocked === true} /> {t('paper.numbering.enable')}
            </label>
            {values.numbered && !values.rangeLocked && (
              <div className="paper-three">
                <Field id={field('range.prefix').id} label={t('paper.numbering.prefix')} error={field('range.prefix').error}>
                  <input {...field('range.prefix').aria} {...register('range.prefix')} disabled={disabled} />
                </Field>
                <Field id={field('range.digits').id} label={t('paper.numbering.digits')} error={field('range.digits').error}>
                  <input type="number" min={1} max={9} {...field('range.digits').aria} {...register('range.digits', requiredNumberInput)} disabled={disabled} />
                </Field>
                <Field id={field('range.rangeStart').id} label={t('paper.numbering.rangeStart')} error={field('range.rangeStart').error}>
                  <input type="number" min={0} {...field('range.rangeStart').aria} {...register('range.rangeStart', requiredNumberInput)} disabled={disabled} />
                </Field>
                <Field id={field('range.rangeEnd').id} label={t('paper.numbering.rangeEnd')} error={field('range.rangeEnd').error}>
                  <input type="number" min={0} {...field('range.rangeEnd').aria} {...register('range.rangeEnd', requiredNumberInput)} disabled={disabled} />
                </Field>
              </div>
            )}
            {values.rangeLocked && <p className="muted">{t('paper.numbering.lockedHint')}</p>}
          </fieldset>

          {!disabled && (
            <div className="actions">
              <button type="submit" className="button" disabled={isSubmitting}>
                {t('paper.save')}
              </button>
              {isDirty && <span className="muted">{t('paper.form.unsaved')}</span>}
            </div>
          )}
          {Object.keys(errors).length > 0 && <Notice tone="error">{t('common.fixErrors')}</Notice>}
          {status && <Notice tone={status.tone}>{status.text}</Notice>}
        </form>
        <div className="paper-designer-side">
          <FormPreview values={values} />
          {existing && <FormActions form={existing} dirty={isDirty} />}
        </div>
      </div>
    </section>
  );
}
