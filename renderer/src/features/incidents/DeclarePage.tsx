import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useState } from 'react';
import { z } from 'zod';
import { declareIncident } from '../../db/incidents-store';
import { DEFAULT_SITUATION_REPORT_HOURS, INCIDENT_KIND_JA, incidentKinds } from '../../domain/incidents/incident';
import { stepsFromTemplate } from '../../domain/incidents/response-steps';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { fromLocalInput, toLocalInput } from './time-input';
import { useEmergencyLevels, useResponseTemplate } from './useIncidents';

const declareFormSchema = z
  .object({
    kind: z.enum(incidentKinds),
    exercise: z.boolean(),
    level: z.string().min(1, 'validation.required'),
    discoveredAt: z.string().min(1, 'validation.required'),
    foundBy: z.string().trim().max(100, 'validation.tooLong'),
    observed: z.string().trim().max(4000, 'validation.tooLong'),
  })
  .superRefine((v, ctx) => {
    const iso = fromLocalInput(v.discoveredAt);
    if (!iso) ctx.addIssue({ code: 'custom', path: ['discoveredAt'], message: 'validation.required' });
    else if (Date.parse(iso) > Date.now() + 60_000) ctx.addIssue({ code: 'custom', path: ['discoveredAt'], message: 'incidents.validation.future' });
  });
type DeclareForm = z.output<typeof declareFormSchema>;

/**
 * 宣言: everything has a sensible default (ランサムウェア疑い, the lowest level, discovered now), so from the emergency
 * home it is two clicks: 「インシデントを宣言」 and 「宣言する」. The time is editable: staff often note it on paper first.
 */
export function DeclarePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, writer, canEdit } = useWorkbook();
  const levels = useEmergencyLevels();
  const template = useResponseTemplate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  if (!levels) return null;
  return (
    <section aria-labelledby="declare-heading" className="incidents-page">
      <h1 id="declare-heading">{t('incidents.declare.heading')}</h1>
      <ReadOnlyNotice />
      {!writer.actor && <Notice tone="error">{t('incidents.needUser')}</Notice>}
      <DeclareFormView
        levels={levels}
        disabled={!canEdit || !writer.actor}
        failure={failure}
        onSubmit={async (values) => {
          setFailure(null);
          try {
            const now = new Date().toISOString();
            const incident = await declareIncident(
              db,
              {
                kind: values.kind,
                exercise: values.exercise,
                level: values.level,
                discoveredAt: fromLocalInput(values.discoveredAt),
                declaredAt: now,
                foundBy: values.foundBy,
                observed: values.observed,
                status: 'active',
                steps: stepsFromTemplate(template),
                systemStatuses: [],
                reports: [],
                situationReportHours: DEFAULT_SITUATION_REPORT_HOURS,
                situationReports: [],
              },
              writer,
            );
            void navigate(`/incidents/${incident.id}`);
          } catch (error) {
            setFailure(storageMessage(error));
          }
        }}
      />
    </section>
  );
}

function DeclareFormView({ levels, disabled, failure, onSubmit }: { levels: readonly { id: string; name: string }[]; disabled: boolean; failure: string | null; onSubmit(v: DeclareForm): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<DeclareForm>({
    resolver: zodResolver(declareFormSchema),
    defaultValues: { kind: 'ransomware', exercise: false, level: levels[0]?.id ?? '', discoveredAt: toLocalInput(new Date()), foundBy: '', observed: '' },
  });
  const field = useFieldErrors(form.formState.errors, 'declare');
  const discovered = field('discoveredAt');
  const level = field('level');
  return (
    <form className="form card" noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}>
      <fieldset disabled={disabled} className="plain-fieldset">
        <fieldset className="incidents-kinds">
          <legend>{t('incidents.fields.kind')}</legend>
          {incidentKinds.map((k) => (
            <label key={k} className="incidents-choice">
              <input type="radio" value={k} {...form.register('kind')} /> {t(`incidents.kind.${k}`, { defaultValue: INCIDENT_KIND_JA[k] })}
            </label>
          ))}
        </fieldset>
        <Field id={level.id} label={t('incidents.fields.level')} error={level.error}>
          <select {...level.aria} {...form.register('level')}>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={discovered.id} label={t('incidents.fields.discoveredAt')} hint={t('incidents.declare.discoveredHint')} error={discovered.error}>
          <input type="datetime-local" {...discovered.aria} {...form.register('discoveredAt')} />
        </Field>
        <Field id="declare-foundBy" label={t('incidents.fields.foundBy')} error={field('foundBy').error}>
          <input id="declare-foundBy" {...form.register('foundBy')} />
        </Field>
        <Field id="declare-observed" label={t('incidents.fields.observed')} hint={t('incidents.declare.observedHint')} error={field('observed').error}>
          <textarea id="declare-observed" rows={3} {...form.register('observed')} />
        </Field>
        <label className="incidents-choice">
          <input type="checkbox" {...form.register('exercise')} /> {t('incidents.declare.exercise')}
        </label>
        <div className="actions">
          <button type="submit" className="button danger" disabled={form.formState.isSubmitting}>
            {t('incidents.declare.submit')}
          </button>
        </div>
      </fieldset>
      {failure && <Notice tone="error">{failure}</Notice>}
    </form>
  );
}
