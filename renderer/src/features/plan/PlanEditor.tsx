import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Link, useNavigate } from 'react-router';
import { savePlanDraft } from '../../db/plan-store';
import type { Contact } from '../../domain/contacts/contact';
import { measureStatuses, planDraftSchema, type PlanDraft, type PlanVersion } from '../../domain/plan/plan-version';
import { Field, FieldError } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePlanData } from './usePlanData';
import { usePlanErrorMessage } from './usePlanErrorMessage';

type PlanFormValues = z.input<typeof planDraftSchema>;
type PlanForm = UseFormReturn<PlanFormValues, unknown, PlanDraft>;

const markupSections = ['purpose', 'scope', 'documentControl', 'organisation', 'emergencyLevels', 'returnCriteria', 'cyberResponse', 'securityPolicy'] as const;

/** Edit the draft: a draft is the only version ever changed (an approved one starts a draft first, on the plan page). */
export function PlanEditor() {
  const { t } = useTranslation();
  const data = usePlanData();
  if (!data) return null;
  if (!data.draft) {
    return (
      <section>
        <Notice tone="error">{t('plan.errors.notDraft')}</Notice>
        <p>
          <Link to="/plan">← {t('plan.heading')}</Link>
        </p>
      </section>
    );
  }
  return <PlanDraftForm key={data.draft.id} draft={data.draft} contacts={data.contacts} />;
}

function RolesFieldset({ form, contacts, disabled }: { form: PlanForm; contacts: readonly Contact[]; disabled: boolean }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'sections.roles' });
  const field = useFieldErrors(form.formState.errors, 'plan');
  return (
    <fieldset data-testid="plan-roles-editor">
      <legend>{t('plan.sections.organisation')}：{t('plan.roles.role')}</legend>
      {fields.length === 0 && <p className="muted">{t('plan.roles.none')}</p>}
      {fields.map((item, i) => {
        const role = field(`sections.roles.${i}.role`);
        const contactField = form.register(`sections.roles.${i}.contactId`);
        return (
          <div key={item.id} className="plan-row">
            <label>
              {t('plan.roles.role')}
              <input {...role.aria} {...form.register(`sections.roles.${i}.role`)} disabled={disabled} />
              <FieldError id={role.id} error={role.error} />
            </label>
            <label>
              {t('plan.roles.department')}
              <input {...form.register(`sections.roles.${i}.department`)} disabled={disabled} />
            </label>
            <label>
              {t('plan.roles.person')}（{t('plan.editor.personFromContacts')}）
              <select
                {...contactField}
                aria-label={`${t('plan.roles.person')} ${i + 1}`}
                disabled={disabled}
                onChange={(e) => {
                  void contactField.onChange(e);
                  const contact = contacts.find((c) => c.id === e.target.value);
                  form.setValue(`sections.roles.${i}.personName`, contact?.name ?? '');
                }}
              >
                <option value="">{t('plan.roles.unset')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.organisation ? `${c.name}（${c.organisation}）` : c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('plan.roles.duties')}
              <input {...form.register(`sections.roles.${i}.duties`)} disabled={disabled} />
            </label>
            {!disabled && (
              <button type="button" className="button secondary" onClick={() => remove(i)}>
                {t('plan.remove')}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => append({ role: '', department: '', contactId: '', personName: '', duties: '' })}>
          {t('plan.roles.add')}
        </button>
      )}
    </fieldset>
  );
}

function MeasuresFieldset({ form, disabled }: { form: PlanForm; disabled: boolean }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'sections.measures' });
  const field = useFieldErrors(form.formState.errors, 'plan');
  return (
    <fieldset>
      <legend>{t('plan.sections.cyberResponse')}：{t('plan.measures.name')}</legend>
      {fields.length === 0 && <p className="muted">{t('plan.measures.none')}</p>}
      {fields.map((item, i) => {
        const name = field(`sections.measures.${i}.name`);
        return (
          <div key={item.id} className="plan-row">
            <label>
              {t('plan.measures.name')}
              <input {...name.aria} {...form.register(`sections.measures.${i}.name`)} disabled={disabled} />
              <FieldError id={name.id} error={name.error} />
            </label>
            <label>
              {t('plan.measures.status')}
              <select {...form.register(`sections.measures.${i}.status`)} disabled={disabled}>
                {measureStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`plan.measures.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('plan.measures.note')}
              <input {...form.register(`sections.measures.${i}.note`)} disabled={disabled} />
            </label>
            {!disabled && (
              <button type="button" className="button secondary" onClick={() => remove(i)}>
                {t('plan.remove')}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => append({ name: '', status: 'planned', note: '' })}>
          {t('plan.measures.add')}
        </button>
      )}
    </fieldset>
  );
}

function SourcesFieldset({ form, disabled }: { form: PlanForm; disabled: boolean }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'sections.informationSources' });
  const field = useFieldErrors(form.formState.errors, 'plan');
  return (
    <fieldset>
      <legend>{t('plan.sections.securityPolicy')}：{t('plan.sources.name')}</legend>
      {fields.length === 0 && <p className="muted">{t('plan.sources.none')}</p>}
      {fields.map((item, i) => {
        const name = field(`sections.informationSources.${i}.name`);
        const checked = field(`sections.informationSources.${i}.lastCheckedOn`);
        return (
          <div key={item.id} className="plan-row">
            <label>
              {t('plan.sources.name')}
              <input {...name.aria} {...form.register(`sections.informationSources.${i}.name`)} disabled={disabled} />
              <FieldError id={name.id} error={name.error} />
            </label>
            <label>
              {t('plan.sources.howToCheck')}
              <input {...form.register(`sections.informationSources.${i}.howToCheck`)} disabled={disabled} />
            </label>
            <label>
              {t('plan.sources.lastCheckedOn')}
              <input type="date" {...checked.aria} {...form.register(`sections.informationSources.${i}.lastCheckedOn`)} disabled={disabled} />
              <FieldError id={checked.id} error={checked.error} />
            </label>
            {!disabled && (
              <button type="button" className="button secondary" onClick={() => remove(i)}>
                {t('plan.remove')}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => append({ name: '', howToCheck: '', lastCheckedOn: '' })}>
          {t('plan.sources.add')}
        </button>
      )}
    </fieldset>
  );
}

function PlanDraftForm({ draft, contacts }: { draft: PlanVersion; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const planError = usePlanErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form: PlanForm = useForm<PlanFormValues, unknown, PlanDraft>({
    resolver: zodResolver(planDraftSchema),
    defaultValues: { version: draft.version, summary: draft.summary, sections: draft.sections },
  });
  const { errors, isSubmitting } = form.formState;
  const field = useFieldErrors(errors, 'plan');
  const disabled = !canEdit;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await savePlanDraft(db, { ...values, id: draft.id }, writer);
      void navigate('/plan');
    } catch (e) {
      setFailure(planError(e));
    }
  });

  const markupHint = t('plan.editor.markupHint');
  const version = field('version');
  const summary = field('summary');
  return (
    <section aria-labelledby="plan-editor-heading">
      <p>
        <Link to="/plan">← {t('common.cancel')}</Link>
      </p>
      <h1 id="plan-editor-heading">{t('plan.editor.heading')}</h1>
      <ReadOnlyNotice />
      <form className="form card paper-form-wide" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="paper-two">
          <Field id={version.id} label={t('plan.editor.version')} error={version.error}>
            <input {...version.aria} {...form.register('version')} disabled={disabled} />
          </Field>
          <Field id={summary.id} label={t('plan.editor.summary')} hint={t('plan.editor.summaryHint')} error={summary.error}>
            <input {...summary.aria} {...form.register('summary')} disabled={disabled} />
          </Field>
        </div>
        {markupSections.map((key) => {
          const f = field(`sections.${key}`);
          return (
            <div key={key}>
              <Field id={f.id} label={t(`plan.sections.${key}`)} hint={markupHint} error={f.error}>
                <textarea {...f.aria} rows={6} {...form.register(`sections.${key}`)} disabled={disabled} />
              </Field>
              {key === 'organisation' && <RolesFieldset form={form} contacts={contacts} disabled={disabled} />}
              {key === 'cyberResponse' && <MeasuresFieldset form={form} disabled={disabled} />}
              {key === 'securityPolicy' && <SourcesFieldset form={form} disabled={disabled} />}
            </div>
          );
        })}
        <fieldset>
          <legend>{t('plan.sections.hospitalBcp')}</legend>
          {(['title', 'owner', 'location'] as const).map((k) => {
            const f = field(`sections.hospitalBcp.${k}`);
            return (
              <Field key={k} id={f.id} label={t(`plan.hospitalBcp.${k}`)} error={f.error}>
                <input {...f.aria} {...form.register(`sections.hospitalBcp.${k}`)} disabled={disabled} />
              </Field>
            );
          })}
        </fieldset>
        {!disabled && (
          <div className="actions">
            <button type="submit" className="button" disabled={isSubmitting}>
              {t('plan.editor.save')}
            </button>
          </div>
        )}
        {Object.keys(errors).length > 0 && <Notice tone="error">{t('common.fixErrors')}</Notice>}
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </section>
  );
}
