import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Repository } from '../../db/repository';
import { STATUS_MOVES, validActionSchema, withStatus, type ActionInput } from '../../domain/actions/action-rules';
import type { FollowUpAction } from '../../domain/actions/follow-up-action';
import type { Contact } from '../../domain/contacts/contact';
import { formatDateTime } from '../../domain/date-text';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { ChangesFieldset } from './ChangesFieldset';
import { CompleteAction } from './CompleteAction';
import { hrefOf } from './record-links';
import { useContactsByName } from './useActionsData';

type Values = ActionInput & {};
type Output = Omit<FollowUpAction, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'demo'>;

const EMPTY: Values = { title: '', detail: '', ownerContactId: '', dueDate: '', status: 'open', statusReason: '', changes: [] };

/** Route element for actions/new and actions/:id. */
export function ActionEditorPage() {
  const { t } = useTranslation();
  const contacts = useContactsByName();
  const { canEdit } = useWorkbook();
  return (
    <RecordEditorRoute table="actions" notFound={t('actions.notFound')} back={{ to: '/actions', label: t('actions.backToList') }}>
      {(existing) =>
        contacts ? (
          <fieldset className="plain-fieldset" disabled={!canEdit}>
            <ActionEditor key={existing?.updatedAt ?? 'new'} existing={existing} contacts={contacts} />
          </fieldset>
        ) : null
      }
    </RecordEditorRoute>
  );
}

function ActionEditor({ existing, contacts }: { existing: FollowUpAction | null; contacts: readonly Contact[] }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(validActionSchema), defaultValues: existing ?? EMPTY });
  const { register, control, formState } = form;
  const field = useFieldErrors(formState.errors, 'action');
  const status = useWatch({ control, name: 'status' });
  const stored = existing?.status ?? 'open';
  // 完了 is reached with 「完了にする」 (which asks about the changed records); the select offers the other moves.
  const statusChoices = existing ? [stored, ...STATUS_MOVES[stored].filter((s) => s !== 'done')] : (['open', 'inProgress'] as const);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    try {
      const base = { ...(existing ?? {}), ...values, source: existing?.source ?? values.source };
      const moved = existing && values.status !== existing.status ? withStatus({ ...base, status: existing.status }, values.status, new Date(), values.statusReason) : base;
      const record = await new Repository(db, 'actions').save({ ...moved, ...(existing ? { id: existing.id } : {}) }, writer);
      if (!existing) void navigate(`/actions/${record.id}`);
      else {
        form.reset(record);
        setSaved(true);
      }
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const textField = (path: 'title' | 'detail' | 'dueDate' | 'statusReason', label: string, options: { multiline?: boolean; type?: string } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type={options.type ?? 'text'} {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <section aria-labelledby="action-editor-heading">
      <p>
        <Link to="/actions">← {t('actions.backToList')}</Link>
      </p>
      <h1 id="action-editor-heading">{existing ? t('actions.editor.editHeading', { name: existing.title }) : t('actions.editor.newHeading')}</h1>
      <ReadOnlyNotice />
      {existing?.source && (
        <p>
          {t('actions.fields.source')}
          {t('punct.colon')}
          <Link to={hrefOf(existing.source)}>{`${t(`actions.source.${existing.source.area}`, { defaultValue: existing.source.area })}${existing.source.label ? t('punct.colon') + existing.source.label : ''}`}</Link>
        </p>
      )}
      {existing?.status === 'done' && (
        <div className="card" data-testid="action-done">
          <p>
            {t('actions.fields.completedAt')}
            {t('punct.colon')}
            {formatDateTime(existing.completedAt ?? '', i18n.language)}
          </p>
          {(existing.changeChecks ?? []).map((c) => (
            <p key={`${c.table}-${c.recordId}-${c.label}`}>
              <Link to={hrefOf({ area: '', table: c.table, recordId: c.recordId })}>{c.label}</Link>
              {t('punct.colon')}
              {c.updated ? t('actions.complete.updated', { seqs: c.auditSeqs.join(', ') }) : t('actions.complete.notUpdated')}{' '}
              {c.updated && <Link to="/audit">{t('actions.complete.openAudit')}</Link>}
            </p>
          ))}
        </div>
      )}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {textField('title', t('actions.fields.title'))}
        {textField('detail', t('actions.fields.detail'), { multiline: true })}
        <div className="systems-grid">
          <Field id={field('ownerContactId').id} label={t('actions.fields.owner')}>
            <select {...field('ownerContactId').aria} {...register('ownerContactId')}>
              <option value="">{t('actions.fields.ownerNone')}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.organisation ? t('punct.parens', { text: c.organisation }) : ''}
                </option>
              ))}
            </select>
          </Field>
          {textField('dueDate', t('actions.fields.dueDate'), { type: 'date' })}
          <Field id={field('status').id} label={t('actions.fields.status')}>
            <select {...field('status').aria} {...register('status')}>
              {statusChoices.map((s) => (
                <option key={s} value={s}>
                  {t(`actions.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {status === 'deferred' && textField('statusReason', t('actions.fields.statusReason'), { multiline: true })}
        <Controller control={control} name="changes" render={({ field: changes }) => <ChangesFieldset value={(changes.value ?? []).map((l) => ({ ...l, label: l.label ?? '' }))} onChange={changes.onChange} />} />
        <EditorActions saveLabel={t('actions.save')} {...editorFormState(formState)} cancelTo="/actions" failure={failure}>
          {canEdit && existing && existing.status !== 'done' && !formState.isDirty && <CompleteAction action={existing} />}
        </EditorActions>
        {saved && <Notice tone="ok">{t('actions.editor.saved')}</Notice>}
      </form>
    </section>
  );
}
