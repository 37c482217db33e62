import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { newId } from '../../base/ids';
import { runbookSchema, totalExpectedMinutes, type Runbook, type RunbookFields } from '../../domain/systems/runbook';
import type { InventorySystem } from '../../domain/systems/system';
import { Field } from '../../ui/Field';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { useFieldErrors } from '../../ui/form-errors';
import { requiredNumber } from '../../ui/form-numbers';
import { minutesLabel } from './format';
import { SystemSelectField } from './SystemSelectField';
import { useSystems, useSystemsRepositories } from './useSystemsData';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

type RunbookInput = z.input<typeof runbookSchema>;

const blankStep = () => ({ id: newId(), action: '', owner: '', expectedMinutes: 10, verification: '', notes: '' });

/** Route element for runbooks/new (?system=…) and runbooks/:id/edit. */
export function RunbookEditorPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="runbooks" notFound={t('systems.notFound')} back={{ to: '/runbooks', label: t('systems.runbook.backToOrder') }}>
      {(existing) => <RunbookEditorWithSystems existing={existing} />}
    </RecordEditorRoute>
  );
}

/**
 * The systems to choose from are read once before the form starts; a new runbook may come with ?system=…. A
 * read-only workbook shows the runbook in a disabled form.
 */
function RunbookEditorWithSystems({ existing }: { existing: Runbook | null }) {
  const [search] = useSearchParams();
  const systems = useSystems();
  const { canEdit } = useWorkbook();
  if (!systems) return null;
  return (
    <fieldset className="plain-fieldset" disabled={!canEdit}>
      <RunbookEditor existing={existing} systems={systems} systemId={search.get('system') ?? ''} />
    </fieldset>
  );
}

interface Props {
  existing: Runbook | null;
  systems: readonly InventorySystem[];
  systemId: string;
}

function RunbookEditor({ existing, systems, systemId }: Props) {
  const { t } = useTranslation();
  const { writer, canEdit } = useWorkbook();
  const repos = useSystemsRepositories();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const system = systems.find((s) => s.id === systemId);
  const defaults: RunbookInput = existing ?? {
    systemId,
    title: system ? t('systems.runbook.defaultTitle', { name: system.name }) : '',
    prerequisiteSystemIds: [],
    steps: [blankStep()],
    notes: '',
  };
  const form = useForm<RunbookInput, unknown, RunbookFields>({ resolver: zodResolver(runbookSchema), defaultValues: defaults });
  const { register, control, formState } = form;
  const field = useFieldErrors(formState.errors, 'runbook');
  // keyName: the steps have their own `id`, which useFieldArray must not overwrite.
  const steps = useFieldArray({ control, name: 'steps', keyName: 'key' });
  const [chosenSystem, watchedSteps] = useWatch({ control, name: ['systemId', 'steps'] });
  const total = totalExpectedMinutes((watchedSteps ?? []).map((s) => ({ expectedMinutes: Number.isFinite(s.expectedMinutes) ? s.expectedMinutes : 0 })));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await repos.runbooks.save({ ...values, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate(`/runbooks/${saved.id}`);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  return (
    <section className="systems-page" aria-labelledby="runbook-editor-heading">
      <h1 id="runbook-editor-heading">{existing ? t('systems.runbook.editHeading', { title: existing.title }) : t('systems.runbook.newHeading')}</h1>
      <ReadOnlyNotice />
      <form className="form systems-form systems-wide" onSubmit={(e) => void onSubmit(e)} noValidate>
        <SystemSelectField field={field('systemId')} registration={register('systemId')} systems={systems} />
        <Field id={field('title').id} label={t('systems.runbook.title')} error={field('title').error}>
          <input {...field('title').aria} {...register('title')} />
        </Field>

        <fieldset>
          <legend>{t('systems.runbook.prerequisites')}</legend>
          <p className="hint muted">{t('systems.runbook.prerequisitesHint')}</p>
          <Controller
            control={control}
            name="prerequisiteSystemIds"
            render={({ field: f }) => {
              const value = f.value ?? [];
              const prerequisites = field('prerequisiteSystemIds');
              return (
                <div className="systems-prereqs">
                  {systems
                    // The runbook's own system stays listed while ticked (after the system was changed to it), so
                    // the 「自分自身を前提」 error can be cleared right where it is shown.
                    .filter((s) => s.id !== chosenSystem || value.includes(s.id))
                    .map((s) => (
                      <label key={s.id} className="systems-check">
                        <input
                          type="checkbox"
                          checked={value.includes(s.id)}
                          onChange={(e) => f.onChange(e.target.checked ? [...value, s.id] : value.filter((v) => v !== s.id))}
                          {...(s.id === chosenSystem ? { 'aria-invalid': true, 'aria-describedby': `${prerequisites.id}-error` } : {})}
                        />{' '}
                        {s.name}
                      </label>
                    ))}
                </div>
              );
            }}
          />
          {field('prerequisiteSystemIds').error && (
            <p className="error" role="alert" id={`${field('prerequisiteSystemIds').id}-error`}>
              {field('prerequisiteSystemIds').error}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>
            {t('systems.runbook.steps')}
            {t('punct.parens', { text: t('systems.runbook.total', { total: minutesLabel(t, total) }) })}
          </legend>
          {field('steps').error && <p className="error" role="alert">{field('steps').error}</p>}
          <ol className="systems-step-editor">
            {steps.fields.map((step, i) => (
              <li key={step.key} data-testid={`step-editor-${i + 1}`}>
                <div className="systems-step-head">
                  <strong>{t('systems.runbook.stepNumber', { n: i + 1 })}</strong>
                  {canEdit && (
                    <div className="actions">
                      <button type="button" className="button secondary" disabled={i === 0} onClick={() => steps.move(i, i - 1)}>
                        {t('systems.runbook.up')}
                      </button>
                      <button type="button" className="button secondary" disabled={i === steps.fields.length - 1} onClick={() => steps.move(i, i + 1)}>
                        {t('systems.runbook.down')}
                      </button>
                      <button type="button" className="button secondary" onClick={() => steps.remove(i)}>
                        {t('systems.runbook.removeStep')}
                      </button>
                    </div>
                  )}
                </div>
                <Field id={field(`steps.${i}.action`).id} label={t('systems.runbook.action')} error={field(`steps.${i}.action`).error}>
                  <textarea className="systems-short" {...field(`steps.${i}.action`).aria} {...register(`steps.${i}.action`)} />
                </Field>
                <div className="systems-grid">
                  <Field id={field(`steps.${i}.owner`).id} label={t('systems.runbook.owner')} error={field(`steps.${i}.owner`).error}>
                    <input {...field(`steps.${i}.owner`).aria} {...register(`steps.${i}.owner`)} />
                  </Field>
                  <Field id={field(`steps.${i}.expectedMinutes`).id} label={t('systems.runbook.expectedMinutes')} error={field(`steps.${i}.expectedMinutes`).error}>
                    <input type="number" min={0} step={1} {...field(`steps.${i}.expectedMinutes`).aria} {...register(`steps.${i}.expectedMinutes`, { setValueAs: requiredNumber })} />
                  </Field>
                </div>
                <Field id={field(`steps.${i}.verification`).id} label={t('systems.runbook.verification')} error={field(`steps.${i}.verification`).error}>
                  <input {...field(`steps.${i}.verification`).aria} {...register(`steps.${i}.verification`)} />
                </Field>
                <Field id={field(`steps.${i}.notes`).id} label={t('systems.runbook.stepNotes')} error={field(`steps.${i}.notes`).error}>
                  <input {...field(`steps.${i}.notes`).aria} {...register(`steps.${i}.notes`)} />
                </Field>
              </li>
            ))}
          </ol>
          {canEdit && (
            <button type="button" className="button secondary" onClick={() => steps.append(blankStep())}>
              {t('systems.runbook.addStep')}
            </button>
          )}
        </fieldset>
        <Field id={field('notes').id} label={t('systems.field.notes')} error={field('notes').error}>
          <textarea {...field('notes').aria} {...register('notes')} />
        </Field>
        <EditorActions saveLabel={t('systems.save')} {...editorFormState(formState)} cancelTo={existing ? `/runbooks/${existing.id}` : '/runbooks'} failure={failure} />
      </form>
    </section>
  );
}
