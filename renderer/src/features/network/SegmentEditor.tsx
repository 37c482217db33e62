import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { deleteSegment, SelfLinkError } from '../../db/network-store';
import { StorageError } from '../../db/errors';
import { segmentPurposes, segmentSchema, type NetworkSegment, type SegmentFields } from '../../domain/network/segment';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { Repository } from '../../db/repository';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useRegistry } from '../../workbook/registry';
import { deletePlanText, useDeletePlan } from '../../workbook/useDeletePlan';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { NetworkNav } from './NetworkNav';
import { useNetworkData } from './useNetworkData';

type SegmentInput = z.input<typeof segmentSchema>;
const EMPTY: SegmentInput = { name: '', purpose: 'other', vlan: '', subnet: '', location: '', owner: '', notes: '' };

/** Route element for network/segments/new and network/segments/:id. */
export function SegmentEditorPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="segments" notFound={t('network.segments.notFound')} back={{ to: '/network', label: t('network.segments.back') }}>
      {(existing) => <SegmentEditor existing={existing} />}
    </RecordEditorRoute>
  );
}

function SegmentEditor({ existing }: { existing: NetworkSegment | null }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SegmentInput, unknown, SegmentFields>({ resolver: zodResolver(segmentSchema), defaultValues: existing ?? EMPTY });
  const { register, formState } = form;
  const field = useFieldErrors(formState.errors, 'segment');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await new Repository(db, 'segments').save({ ...values, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate('/network');
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const text = (path: keyof SegmentFields, options: { hint?: string; multiline?: boolean } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={t(`network.segment.${path}`)} hint={options.hint} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type="text" {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <section className="systems-page" aria-labelledby="segment-editor-heading">
      <NetworkNav />
      <h1 id="segment-editor-heading">{existing ? t('network.segments.editHeading', { name: existing.name }) : t('network.segments.newHeading')}</h1>
      <ReadOnlyNotice />
      <fieldset className="plain-fieldset" disabled={!canEdit}>
        <form className="form systems-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          {text('name')}
          <Field id={field('purpose').id} label={t('network.segment.purpose')}>
            <select {...field('purpose').aria} {...register('purpose')}>
              {segmentPurposes.map((p) => (
                <option key={p} value={p}>
                  {t(`network.purpose.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          <div className="systems-grid">
            {text('vlan')}
            {text('subnet', { hint: t('network.segment.subnetHint') })}
          </div>
          <div className="systems-grid">
            {text('location')}
            {text('owner')}
          </div>
          {text('notes', { multiline: true })}
          <EditorActions saveLabel={t('network.save')} {...editorFormState(formState)} cancelTo="/network" failure={failure} />
        </form>
      </fieldset>
      {existing && canEdit && <SegmentDelete segment={existing} />}
    </section>
  );
}

/** Delete, refused while systems or links use the segment unless the user moves them to another segment. */
function SegmentDelete({ segment }: { segment: NetworkSegment }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const { references } = useRegistry();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const data = useNetworkData();
  const plan = useDeletePlan('segments', segment.id);
  const [moveTo, setMoveTo] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const details = deletePlanText(t, plan);
  const count = data?.systems.filter((s) => s.segmentId === segment.id).length ?? 0;

  const run = (target: string) => {
    setFailure(null);
    deleteSegment(db, references, segment.id, writer, target ? { moveTo: target } : {})
      .then(() => navigate('/network'))
      .catch((error: unknown) => {
        const cause = error instanceof StorageError ? error.cause : error;
        setFailure(cause instanceof SelfLinkError ? t('network.segments.selfLink', { names: cause.linkNames.join(t('punct.list')) }) : storageMessage(error));
      });
  };

  return (
    <div className="card network-delete">
      {count >= 100 && <p className="muted">{t('network.segments.manySystems', { count })}</p>}
      {plan?.refused && (
        <div className="actions">
          <label>
            {t('network.segments.moveTo')}{' '}
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} aria-label={t('network.segments.moveTo')}>
              <option value="">{t('network.segments.moveNone')}</option>
              {data?.segments
                .filter((s) => s.id !== segment.id)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
          </label>
        </div>
      )}
      <div className="actions">
        <ConfirmButton
          label={moveTo ? t('network.segments.moveAndDelete') : t('common.delete')}
          question={details ? t('network.segments.deleteConfirmReferences', { name: segment.name, details: moveTo ? '' : details }) : t('network.segments.deleteConfirm', { name: segment.name })}
          blocked={plan?.refused && !moveTo}
          onConfirm={() => run(moveTo)}
        />
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </div>
  );
}
