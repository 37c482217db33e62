import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { Repository } from '../../db/repository';
import { drillKinds, drillPlanSchema, drillSchema, type Drill, type DrillPlan } from '../../domain/drills/drill';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';

type PlanInput = z.input<typeof drillPlanSchema>;

/** Route element for drills/new and drills/:id/edit. */
export function DrillEditorPage() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  return (
    <RecordEditorRoute table="drills" notFound={t('drills.notFound')} back={{ to: '/drills', label: t('drills.backToList') }}>
      {(existing) => (
        <fieldset className="plain-fieldset" disabled={!canEdit}>
          <DrillEditor existing={existing} />
        </fieldset>
      )}
    </RecordEditorRoute>
  );
}

/** 訓練の計画: date, kind, scenario, objectives, departments, participants from contacts, outside parties. */
function DrillEditor({ existing }: { existing: Drill | null }) {
  const { t } = useTranslation();
  const { db, writer, facility } = useWorkbook();
  const navigate = useNavigate();
  const today = useToday();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const contacts = useLiveQuery(() => db.contacts.orderBy('furigana').toArray(), [db]);
  const empty: PlanInput = { title: '', scheduledFor: today, kind: 'tabletop', scenario: '', objectives: '', departments: [], participantContactIds: [], outsideParties: '' };
  const form = useForm<PlanInput, unknown, DrillPlan>({ resolver: zodResolver(drillPlanSchema), defaultValues: existing ?? empty });
  const { register, formState } = form;
  const field = useFieldErrors(formState.errors, 'drill');
  const departments = facility?.departments ?? [];

  const onSubmit = form.handleSubmit(async (plan) => {
    setFailure(null);
    try {
      const record = drillSchema.parse({ ...(existing ?? {}), ...plan });
      const saved = await new Repository(db, 'drills').save({ ...record, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate(`/drills/${saved.id}`);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const text = (path: 'title' | 'scheduledFor' | 'scenario' | 'objectives' | 'outsideParties', label: string, options: { multiline?: boolean; type?: string; hint?: string } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} hint={options.hint} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type={options.type ?? 'text'} {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <section aria-labelledby="drill-editor-heading">
      <p>
        <Link to="/drills">← {t('drills.backToList')}</Link>
      </p>
      <h1 id="drill-editor-heading">{existing ? t('drills.editor.editHeading', { name: existing.title }) : t('drills.editor.newHeading')}</h1>
      <ReadOnlyNotice />
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {text('title', t('drills.fields.title'))}
        <div className="systems-grid">
          {text('scheduledFor', t('drills.fields.scheduledFor'), { type: 'date' })}
          <Field id={field('kind').id} label={t('drills.fields.kind')}>
            <select {...field('kind').aria} {...register('kind')}>
              {drillKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`drills.kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {text('scenario', t('drills.fields.scenario'), { multiline: true, hint: t('drills.fields.scenarioHint') })}
        {text('objectives', t('drills.fields.objectives'), { multiline: true, hint: t('drills.fields.objectivesHint') })}
        <fieldset>
          <legend>{t('drills.fields.departments')}</legend>
          {departments.length === 0 ? (
            <p className="muted">{t('drills.fields.departmentsNone')}</p>
          ) : (
            <div className="systems-grid">
              {departments.map((d) => (
                <label key={d} className="systems-check">
                  <input type="checkbox" value={d} {...register('departments')} /> {d}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('drills.fields.participants')}</legend>
          {(contacts ?? []).length === 0 ? (
            <p className="muted">{t('drills.fields.participantsNone')}</p>
          ) : (
            <div className="systems-grid">
              {(contacts ?? []).map((c) => (
                <label key={c.id} className="systems-check">
                  <input type="checkbox" value={c.id} {...register('participantContactIds')} /> {c.name}
                  {c.department ? t('punct.parens', { text: c.department }) : ''}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {text('outsideParties', t('drills.fields.outsideParties'), { multiline: true, hint: t('drills.fields.outsidePartiesHint') })}
        <EditorActions saveLabel={t('drills.save')} {...editorFormState(formState)} cancelTo={existing ? `/drills/${existing.id}` : '/drills'} failure={failure} />
      </form>
    </section>
  );
}
