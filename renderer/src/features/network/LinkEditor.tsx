import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { deleteReferredRecord } from '../../db/references';
import { Repository } from '../../db/repository';
import { commonFlows, outsideKinds, validLinkSchema, type LinkFields, type NetworkLink } from '../../domain/network/link';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { requiredNumber } from '../../ui/form-numbers';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useRegistry } from '../../workbook/registry';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { NetworkNav } from './NetworkNav';
import { contactName, useNetworkData, type NetworkData } from './useNetworkData';

type LinkInput = z.input<typeof validLinkSchema>;
const EMPTY: LinkInput = {
  name: '',
  fromSegmentId: '',
  toSegmentId: '',
  outside: '',
  vendorContactId: '',
  deviceSystemId: '',
  flows: [],
  flowNotes: '',
  remoteMaintenance: false,
  cut: { port: '', room: '', rack: '', who: '', steps: '', stopsWhenCut: '' },
  cutOrder: 100,
  notes: '',
};

/** Route element for network/links/new and network/links/:id. */
export function LinkEditorPage() {
  const { t } = useTranslation();
  const data = useNetworkData();
  return (
    <RecordEditorRoute table="links" notFound={t('network.links.notFound')} back={{ to: '/network', label: t('network.segments.back') }}>
      {(existing) => (data ? <LinkEditor existing={existing} data={data} /> : null)}
    </RecordEditorRoute>
  );
}

function LinkEditor({ existing, data }: { existing: NetworkLink | null; data: NetworkData }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const { references } = useRegistry();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LinkInput, unknown, LinkFields>({ resolver: zodResolver(validLinkSchema), defaultValues: existing ?? EMPTY });
  const { register, control, formState } = form;
  const field = useFieldErrors(formState.errors, 'link');
  const [toSegmentId] = useWatch({ control, name: ['toSegmentId'] });
  const devices = data.systems.filter((s) => s.kind === 'networkDevice');
  const vendors = data.contacts.filter((c) => c.kind !== 'staff');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await new Repository(db, 'links').save({ ...values, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate('/network');
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const text = (path: Parameters<typeof register>[0], label: string, options: { hint?: string; multiline?: boolean } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} hint={options.hint} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type="text" {...f.aria} {...register(path)} />}
      </Field>
    );
  };
  const segmentOptions = data.segments.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));

  return (
    <section className="systems-page" aria-labelledby="link-editor-heading">
      <NetworkNav />
      <h1 id="link-editor-heading">{existing ? t('network.links.editHeading', { name: existing.name }) : t('network.links.newHeading')}</h1>
      <ReadOnlyNotice />
      <fieldset className="plain-fieldset" disabled={!canEdit}>
        <form className="form systems-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <fieldset>
            <legend>{t('network.links.ends')}</legend>
            {text('name', t('network.link.name'), { hint: t('network.link.nameHint') })}
            <div className="systems-grid">
              <Field id={field('fromSegmentId').id} label={t('network.link.from')} error={field('fromSegmentId').error}>
                <select {...field('fromSegmentId').aria} {...register('fromSegmentId')}>
                  <option value="">{t('network.none')}</option>
                  {segmentOptions}
                </select>
              </Field>
              <Field id={field('toSegmentId').id} label={t('network.link.to')} error={field('toSegmentId').error}>
                <select {...field('toSegmentId').aria} {...register('toSegmentId')}>
                  <option value="">{t('network.link.toOutside')}</option>
                  {segmentOptions}
                </select>
              </Field>
              <Field id={field('outside').id} label={t('network.link.outside')} error={field('outside').error}>
                <select {...field('outside').aria} {...register('outside')} disabled={toSegmentId !== ''}>
                  <option value="">{t('network.link.outsideNone')}</option>
                  {outsideKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`network.outside.${k}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <Field id={field('deviceSystemId').id} label={t('network.link.device')} hint={t('network.link.deviceHint')}>
              <select {...field('deviceSystemId').aria} {...register('deviceSystemId')}>
                <option value="">{t('network.link.deviceNone')}</option>
                {devices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={field('vendorContactId').id} label={t('network.link.vendor')} error={field('vendorContactId').error}>
              <select {...field('vendorContactId').aria} {...register('vendorContactId')}>
                <option value="">{t('network.link.vendorNone')}</option>
                {vendors.map((c) => (
                  <option key={c.id} value={c.id}>
                    {contactName(c)}
                  </option>
                ))}
              </select>
            </Field>
            <label className="systems-check">
              <input type="checkbox" {...register('remoteMaintenance')} /> {t('network.link.remoteMaintenance')}
            </label>
          </fieldset>

          <fieldset>
            <legend>{t('network.link.flows')}</legend>
            <div className="systems-prereqs">
              {commonFlows.map((f) => (
                <label key={f} className="systems-check">
                  <input type="checkbox" value={f} {...register('flows')} /> {t(`network.flow.${f}`)}
                </label>
              ))}
            </div>
            {text('flowNotes', t('network.link.flowNotes'))}
          </fieldset>

          <fieldset>
            <legend>{t('network.links.cutHeading')}</legend>
            <div className="systems-grid">
              {text('cut.room', t('network.link.cutRoom'))}
              {text('cut.rack', t('network.link.cutRack'))}
              {text('cut.port', t('network.link.cutPort'))}
            </div>
            {text('cut.who', t('network.link.cutWho'))}
            {text('cut.steps', t('network.link.cutSteps'), { multiline: true })}
            {text('cut.stopsWhenCut', t('network.link.cutStops'), { multiline: true })}
            <Field id={field('cutOrder').id} label={t('network.link.cutOrder')} hint={t('network.link.cutOrderHint')} error={field('cutOrder').error}>
              <input type="number" min={1} max={999} step={1} {...field('cutOrder').aria} {...register('cutOrder', { setValueAs: requiredNumber })} />
            </Field>
          </fieldset>
          {text('notes', t('network.link.notes'), { multiline: true })}
          <EditorActions saveLabel={t('network.save')} {...editorFormState(formState)} cancelTo="/network" failure={failure}>
            {existing && canEdit && (
              <ConfirmButton
                label={t('common.delete')}
                question={t('network.links.deleteConfirm', { name: existing.name })}
                onConfirm={() =>
                  void deleteReferredRecord(db, references, 'links', existing.id, writer)
                    .then(() => navigate('/network'))
                    .catch((e: unknown) => setFailure(storageMessage(e)))
                }
              />
            )}
          </EditorActions>
        </form>
      </fieldset>
    </section>
  );
}
