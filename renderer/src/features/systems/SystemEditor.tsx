import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { criticalityLevels, systemCategories, systemFieldWarnings, systemKinds, validSystemSchema, withSystemDefaults, type SystemFields } from '../../domain/systems/system';
import { Field } from '../../ui/Field';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { useFieldErrors } from '../../ui/form-errors';
import { optionalNumber, requiredNumber } from '../../ui/form-numbers';
import { useContacts, useSegmentNames } from './useSystemsData';
import { VendorSelect } from './VendorSelect';
import type { Contact } from '../../domain/contacts/contact';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

type SystemInput = z.input<typeof validSystemSchema>;

const EMPTY: SystemInput = {
  name: '',
  kind: 'system',
  category: '',
  location: { building: '', floor: '', room: '', rack: '' },
  segmentId: '',
  vendorContactId: '',
  criticality: 'medium',
  restorePriority: 100,
  rtoHours: null,
  rpoHours: null,
  monitoring: { method: '', watchedBy: '' },
  remoteMaintenance: { present: false, route: '' },
  eos: { endOfSale: '', endOfSupport: '', endOfService: '' },
  vulnerabilityNotes: '',
  riskAcceptance: { accepted: false, compensatingControls: '', approver: '', acceptedOn: '', reviewDate: '' },
  substitute: '',
  configurationBackup: '',
  notes: '',
};


/** Route element for systems/new and systems/:id/edit. */
export function SystemEditorPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="systems" notFound={t('systems.notFound')} back={{ to: '/systems', label: t('systems.backToList') }}>
      {(existing) => <SystemEditorWithContacts existing={existing ? withSystemDefaults(existing) : null} id={existing?.id} />}
    </RecordEditorRoute>
  );
}

/** The vendor list is read once before the form starts; a read-only workbook shows the record in a disabled form. */
function SystemEditorWithContacts({ existing, id }: Omit<Props, 'contacts' | 'segmentNames'>) {
  const contacts = useContacts();
  const segmentNames = useSegmentNames();
  const { canEdit } = useWorkbook();
  if (!contacts || !segmentNames) return null;
  return (
    <fieldset className="plain-fieldset" disabled={!canEdit}>
      <SystemEditor existing={existing} id={id} contacts={contacts} segmentNames={segmentNames} />
    </fieldset>
  );
}

interface Props {
  existing: SystemFields | null;
  id: string | undefined;
  contacts: readonly Contact[];
  /** The network area's segments to choose from, by id. */
  segmentNames: ReadonlyMap<string, string>;
}

function SystemEditor({ existing, id, contacts, segmentNames }: Props) {
  const { t } = useTranslation();
  const { repositories, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SystemInput, unknown, SystemFields>({ resolver: zodResolver(validSystemSchema), defaultValues: existing ?? EMPTY });
  const { register, control, formState } = form;
  const field = useFieldErrors(formState.errors, 'system');
  const [kind, eos, remotePresent, riskAccepted] = useWatch({ control, name: ['kind', 'eos', 'remoteMaintenance.present', 'riskAcceptance.accepted'] });
  const warnings = systemFieldWarnings({ eos: { endOfSale: eos?.endOfSale ?? '', endOfSupport: eos?.endOfSupport ?? '', endOfService: eos?.endOfService ?? '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await repositories.systems.save({ ...values, ...(id ? { id } : {}) }, writer);
      void navigate(`/systems/${saved.id}`);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const text = (path: Parameters<typeof register>[0], label: string, options: { hint?: string; multiline?: boolean; type?: string } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} hint={options.hint} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type={options.type ?? 'text'} {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <section className="systems-page" aria-labelledby="system-editor-heading">
      <h1 id="system-editor-heading">{existing ? t('systems.editor.editHeading', { name: existing.name }) : t('systems.editor.newHeading')}</h1>
      <ReadOnlyNotice />
      <form className="form systems-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <fieldset>
          <legend>{t('systems.editor.basics')}</legend>
          {text('name', t('systems.field.name'))}
          <Field id={field('kind').id} label={t('systems.field.kind')}>
            <select {...field('kind').aria} {...register('kind')}>
              {systemKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`systemKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'system' && (
            <Field id={field('category').id} label={t('systems.field.category')}>
              <select {...field('category').aria} {...register('category')}>
                <option value="">{t('systems.category.none')}</option>
                {systemCategories.map((c) => (
                  <option key={c} value={c}>
                    {t(`systems.category.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <div className="systems-grid">
            {text('location.building', t('systems.field.building'))}
            {text('location.floor', t('systems.field.floor'))}
            {text('location.room', t('systems.field.room'))}
            {text('location.rack', t('systems.field.rack'))}
          </div>
          <Field id={field('segmentId').id} label={t('systems.field.segment')} hint={t('systems.field.segmentChoiceHint')}>
            <select {...field('segmentId').aria} {...register('segmentId')}>
              <option value="">{t('systems.field.segmentNone')}</option>
              {[...segmentNames].sort(([, a], [, b]) => a.localeCompare(b, 'ja')).map(([segmentId, name]) => (
                <option key={segmentId} value={segmentId}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <VendorSelect id={field('vendorContactId').id} register={register('vendorContactId')} contacts={contacts} />
        </fieldset>

        <fieldset>
          <legend>{t('systems.editor.recovery')}</legend>
          <div className="systems-grid">
            <Field id={field('criticality').id} label={t('systems.field.criticality')} hint={t('systems.field.criticalityHint')}>
              <select {...field('criticality').aria} {...register('criticality')}>
                {criticalityLevels.map((c) => (
                  <option key={c} value={c}>
                    {t(`criticality.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={field('restorePriority').id} label={t('systems.field.restorePriority')} hint={t('systems.field.restorePriorityHint')} error={field('restorePriority').error}>
              <input type="number" min={1} max={999} step={1} {...field('restorePriority').aria} {...register('restorePriority', { setValueAs: requiredNumber })} />
            </Field>
            <Field id={field('rtoHours').id} label={t('systems.field.rtoHours')} hint={t('systems.field.rtoHint')} error={field('rtoHours').error}>
              <input type="number" min={0} step="any" {...field('rtoHours').aria} {...register('rtoHours', { setValueAs: optionalNumber })} />
            </Field>
            <Field id={field('rpoHours').id} label={t('systems.field.rpoHours')} hint={t('systems.field.rpoHint')} error={field('rpoHours').error}>
              <input type="number" min={0} step="any" {...field('rpoHours').aria} {...register('rpoHours', { setValueAs: optionalNumber })} />
            </Field>
          </div>
          {text('substitute', t('systems.field.substitute'), { multiline: true, hint: t('systems.field.substituteHint') })}
          {text('configurationBackup', t('systems.field.configurationBackup'), { multiline: true, hint: t('systems.field.configurationBackupHint') })}
        </fieldset>

        <fieldset>
          <legend>{t('systems.editor.operation')}</legend>
          {text('monitoring.method', t('systems.field.monitoringMethod'), { hint: t('systems.field.monitoringMethodHint') })}
          {text('monitoring.watchedBy', t('systems.field.monitoringWatchedBy'))}
          <label className="systems-check">
            <input type="checkbox" {...register('remoteMaintenance.present')} /> {t('systems.field.remotePresent')}
          </label>
          {remotePresent && text('remoteMaintenance.route', t('systems.field.remoteRoute'), { hint: t('systems.field.remoteRouteHint') })}
        </fieldset>

        <fieldset>
          <legend>{t('systems.editor.eos')}</legend>
          <div className="systems-grid">
            {text('eos.endOfSale', t('systems.eos.endOfSale'), { type: 'date' })}
            {text('eos.endOfSupport', t('systems.eos.endOfSupport'), { type: 'date' })}
            {text('eos.endOfService', t('systems.eos.endOfService'), { type: 'date' })}
          </div>
          {warnings.length > 0 && (
            <div className="banner systems-warn" role="status">
              {warnings.map((w) => (
                <p key={w}>{t(`systems.fieldWarning.${w}`)}</p>
              ))}
            </div>
          )}
          {text('vulnerabilityNotes', t('systems.field.vulnerabilityNotes'), { multiline: true, hint: t('systems.field.vulnerabilityNotesHint') })}
          <label className="systems-check">
            <input type="checkbox" {...register('riskAcceptance.accepted')} /> {t('systems.field.riskAccepted')}
          </label>
          {riskAccepted && (
            <>
              {text('riskAcceptance.compensatingControls', t('systems.field.compensatingControls'), { multiline: true, hint: t('systems.field.compensatingControlsHint') })}
              <div className="systems-grid">
                {text('riskAcceptance.approver', t('systems.field.approver'))}
                {text('riskAcceptance.acceptedOn', t('systems.field.acceptedOn'), { type: 'date' })}
                {text('riskAcceptance.reviewDate', t('systems.field.reviewDate'), { type: 'date' })}
              </div>
            </>
          )}
        </fieldset>

        {text('notes', t('systems.field.notes'), { multiline: true })}
        <EditorActions saveLabel={t('systems.save')} {...editorFormState(formState)} cancelTo={id ? `/systems/${id}` : '/systems'} failure={failure} />
      </form>
    </section>
  );
}
