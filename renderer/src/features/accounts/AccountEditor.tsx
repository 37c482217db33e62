import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { Repository } from '../../db/repository';
import '../../db/accounts-records';
import { emergencyAccountSchema, type EmergencyAccountFields } from '../../domain/accounts/emergency-account';
import { toLocalDateString } from '../../base/local-date';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { EditorActions, editorFormState } from '../../workbook/EditorActions';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useAccountsData, type AccountsData } from './useAccountsData';

type AccountInput = z.input<typeof emergencyAccountSchema>;

/** Route element for accounts/new and accounts/:id/edit. */
export function AccountEditorPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="emergencyAccounts" notFound={t('accounts.notFound')} back={{ to: '/accounts', label: t('accounts.backToList') }}>
      {(existing) => <AccountEditorWithData existing={existing} />}
    </RecordEditorRoute>
  );
}

function AccountEditorWithData({ existing }: { existing: (EmergencyAccountFields & { id: string }) | null }) {
  const data = useAccountsData();
  const { canEdit } = useWorkbook();
  if (!data) return null;
  return (
    <fieldset className="plain-fieldset" disabled={!canEdit}>
      <AccountEditor existing={existing} data={data} />
    </fieldset>
  );
}

/** The password warning every account form shows, where a password would otherwise be typed. */
export function NoPasswordNotice() {
  const { t } = useTranslation();
  return (
    <div className="banner error accounts-no-password" role="note" data-testid="no-password-notice">
      <strong>{t('accounts.noPassword.title')}</strong>
      <span>{t('accounts.noPassword.body')}</span>
    </div>
  );
}

function AccountEditor({ existing, data }: { existing: (EmergencyAccountFields & { id: string }) | null; data: AccountsData }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const empty: AccountInput = { systemId: '', name: '', scope: '', purpose: '', storagePlace: '', sealNumber: '', sealedOn: toLocalDateString(new Date()), custodianContactId: '', openers: '', procedure: '', notes: '' };
  const form = useForm<AccountInput, unknown, EmergencyAccountFields>({ resolver: zodResolver(emergencyAccountSchema), defaultValues: existing ?? empty });
  const { register, formState } = form;
  const field = useFieldErrors(formState.errors, 'account');
  const systems = [...data.systemNames].sort((a, b) => a[1].localeCompare(b[1], 'ja'));
  const staff = data.contacts.filter((c) => c.kind === 'staff' || c.id === existing?.custodianContactId).sort((a, b) => (a.furigana || a.name).localeCompare(b.furigana || b.name, 'ja'));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await new Repository(db, 'emergencyAccounts').save({ ...values, ...(existing ? { id: existing.id } : {}) }, writer);
      void navigate(`/accounts/${saved.id}`);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const text = (path: keyof AccountInput, label: string, options: { hint?: string; multiline?: boolean; type?: string } = {}) => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} hint={options.hint} error={f.error}>
        {options.multiline ? <textarea {...f.aria} {...register(path)} /> : <input type={options.type ?? 'text'} {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <section className="accounts-page" aria-labelledby="account-editor-heading">
      <h1 id="account-editor-heading">{existing ? existing.name : t('accounts.add')}</h1>
      <ReadOnlyNotice />
      <NoPasswordNotice />
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id={field('systemId').id} label={t('accounts.field.system')} error={field('systemId').error}>
          <select {...field('systemId').aria} {...register('systemId')}>
            <option value="">{t('accounts.field.chooseSystem')}</option>
            {systems.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        {text('name', t('accounts.field.name'), { hint: t('accounts.field.nameHint') })}
        {text('scope', t('accounts.field.scope'), { hint: t('accounts.field.scopeHint'), multiline: true })}
        {text('purpose', t('accounts.field.purpose'), { hint: t('accounts.field.purposeHint'), multiline: true })}
        {text('storagePlace', t('accounts.field.storagePlace'), { hint: t('accounts.field.storagePlaceHint') })}
        {text('sealNumber', t('accounts.field.sealNumber'))}
        {text('sealedOn', t('accounts.field.sealedOn'), { type: 'date' })}
        <Field id={field('custodianContactId').id} label={t('accounts.field.custodian')}>
          <select {...field('custodianContactId').aria} {...register('custodianContactId')}>
            <option value="">{t('accounts.field.custodianNone')}</option>
            {staff.map((c) => (
              <option key={c.id} value={c.id}>
                {[c.name, c.department, c.role].filter(Boolean).join(' ')}
              </option>
            ))}
          </select>
        </Field>
        {text('openers', t('accounts.field.openers'), { hint: t('accounts.field.openersHint') })}
        {text('procedure', t('accounts.field.procedure'), { hint: t('accounts.field.procedureHint'), multiline: true })}
        {text('notes', t('accounts.field.notes'), { multiline: true })}
        <EditorActions saveLabel={t('accounts.save')} {...editorFormState(formState)} cancelTo={existing ? `/accounts/${existing.id}` : '/accounts'} failure={failure} />
      </form>
    </section>
  );
}
