import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { treesUsing } from '../../domain/contacts/call-tree';
import { contactKinds, contactSchema, emptyContactFields, keptAsWritten, phoneLabels, type Contact } from '../../domain/contacts/contact';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field, fieldAria } from '../../ui/Field';
import { useErrorText } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { deleteContact } from '../../db/contacts-store';
import { useRegistry } from '../../workbook/registry';
import { deletePlanText, useDeletePlan } from '../../workbook/useDeletePlan';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

type FormInput = z.input<typeof contactSchema>;
type FormOutput = z.output<typeof contactSchema>;

const emptyContact: FormInput = { ...emptyContactFields(), phones: [{ label: 'external', number: '' }] };

/** Without the import's 要確認 marks: saving the form is someone having looked, and numbers are checked again. */
function toForm(contact: Contact): FormInput {
  const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, demo: _d, needsCheck: _n, ...fields } = contact;
  return { ...fields, phones: fields.phones.map(({ label, number }) => ({ label, number })) };
}

/** Add or edit one contact. Numbers and フリガナ are normalised by the schema when saved; errors are in Japanese. */
export function ContactForm({ contact }: { contact?: Contact }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, repositories, writer, canEdit } = useWorkbook();
  const { references } = useRegistry();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const systems = useLiveQuery(() => db.systems.orderBy('restorePriority').toArray(), [db]);
  const trees = useLiveQuery(() => db.callTrees.toArray(), [db]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(contactSchema),
    defaultValues: contact ? toForm(contact) : emptyContact,
  });
  const phones = useFieldArray({ control: form.control, name: 'phones' });
  const { errors, isSubmitting } = form.formState;
  const message = useErrorText();
  const aria = (id: string, error: unknown) => fieldAria(id, { error });
  const usedIn = contact ? treesUsing(trees ?? [], contact.id) : [];
  const usedInNames = usedIn.map((tree) => tree.name).join(t('punct.list'));
  const deletePlan = useDeletePlan('contacts', contact?.id);
  const deleteDetails = deletePlanText(t, deletePlan);
  // The list's own errors (too many numbers) sit beside the rows' errors, not on a row.
  const phonesError = errors.phones?.root?.message ?? errors.phones?.message;
  const kept = contact !== undefined && keptAsWritten(contact);
  // A number kept as written by an import shows why it is 要確認 as soon as the form opens.
  useEffect(() => {
    if (kept) void form.trigger('phones');
  }, [kept, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await repositories.contacts.save({ ...values, ...(contact ? { id: contact.id } : {}) }, writer);
      void navigate(`/contacts?focus=${encodeURIComponent(saved.id)}`);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const remove = async () => {
    if (!contact) return;
    try {
      await deleteContact(db, references, contact.id, writer);
      void navigate('/contacts');
    } catch (error) {
      setFailure(storageMessage(error));
    }
  };

  return (
    <section aria-labelledby="contact-form-heading">
      <h1 id="contact-form-heading">{t(contact ? 'contacts.form.editHeading' : 'contacts.form.newHeading')}</h1>
      <ReadOnlyNotice />
      {kept && (
        <Notice tone="error">
          <span data-testid="kept-notice">{t('contacts.form.keptNotice')}</span>
        </Notice>
      )}
      <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset disabled={!canEdit} className="contacts-fieldset">
          <Field id="contact-kind" label={t('contacts.form.kind')}>
            <select id="contact-kind" {...form.register('kind')}>
              {contactKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`contactKind.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="contact-name" label={t('contacts.form.name')} error={message(errors.name?.message)}>
            <input {...aria('contact-name', errors.name)} {...form.register('name')} />
          </Field>
          <Field id="contact-furigana" label={t('contacts.form.furigana')} hint={t('contacts.form.furiganaHint')} error={message(errors.furigana?.message)}>
            <input {...aria('contact-furigana', errors.furigana)} {...form.register('furigana')} />
          </Field>
          <div className="contacts-columns">
            <Field id="contact-organisation" label={t('contacts.form.organisation')} error={message(errors.organisation?.message)}>
              <input {...aria('contact-organisation', errors.organisation)} {...form.register('organisation')} />
            </Field>
            <Field id="contact-department" label={t('contacts.form.department')} error={message(errors.department?.message)}>
              <input {...aria('contact-department', errors.department)} {...form.register('department')} />
            </Field>
            <Field id="contact-role" label={t('contacts.form.role')} error={message(errors.role?.message)}>
              <input {...aria('contact-role', errors.role)} {...form.register('role')} />
            </Field>
          </div>

          <fieldset className="contacts-fieldset contacts-phones">
            <legend>{t('contacts.form.phones')}</legend>
            <p className="hint muted">{t('contacts.form.phoneHint')}</p>
            {phones.fields.map((field, i) => {
              const error = errors.phones?.[i]?.number;
              return (
                <div key={field.id} className="contacts-phone-row">
                  <select aria-label={`${t('contacts.form.phoneLabel')} ${i + 1}`} {...form.register(`phones.${i}.label`)}>
                    {phoneLabels.map((label) => (
                      <option key={label} value={label}>
                        {t(`phoneLabel.${label}`)}
                      </option>
                    ))}
                  </select>
                  <div className="contacts-phone-input">
                    <input
                      aria-label={`${t('contacts.form.phoneNumber')} ${i + 1}`}
                      inputMode="tel"
                      {...aria(`contact-phone-${i}`, error)}
                      {...form.register(`phones.${i}.number`)}
                    />
                    {error?.message && (
                      <span className="error" id={`contact-phone-${i}-error`} role="alert">
                        {message(error.message)}
                      </span>
                    )}
                  </div>
                  {canEdit && (
                    <button type="button" className="button secondary" onClick={() => phones.remove(i)}>
                      {t('contacts.form.removePhone')}
                    </button>
                  )}
                </div>
              );
            })}
            {phonesError && (
              <span className="error" role="alert">
                {message(phonesError)}
              </span>
            )}
            {canEdit && phones.fields.length < 12 && (
              <button type="button" className="button secondary" onClick={() => phones.append({ label: 'external', number: '' })}>
                {t('contacts.form.addPhone')}
              </button>
            )}
          </fieldset>

          <Field id="contact-email" label={t('contacts.form.email')} error={message(errors.email?.message)}>
            {/* Not type="email": Chromium rewrites an address typed full-width before the schema can normalise it. */}
            <input type="text" inputMode="email" autoComplete="off" {...aria('contact-email', errors.email)} {...form.register('email')} />
          </Field>
          <Field id="contact-availability" label={t('contacts.form.availability')} hint={t('contacts.form.availabilityHint')} error={message(errors.availability?.message)}>
            <input {...aria('contact-availability', errors.availability)} {...form.register('availability')} />
          </Field>
          <Field id="contact-contractNotes" label={t('contacts.form.contractNotes')} error={message(errors.contractNotes?.message)}>
            <textarea {...aria('contact-contractNotes', errors.contractNotes)} {...form.register('contractNotes')} />
          </Field>
          <fieldset className="contacts-fieldset">
            <legend>{t('contacts.form.systemsSupported')}</legend>
            {systems?.length === 0 && <p className="muted">{t('contacts.form.noSystems')}</p>}
            {/* A Controller, not register: with a single checkbox react-hook-form yields a string or false, not a list. */}
            <Controller
              control={form.control}
              name="systemsSupported"
              render={({ field, fieldState }) => {
                const selected = field.value ?? [];
                return (
                  <>
                    <div className="contacts-systems">
                      {systems?.map((s) => (
                        <label key={s.id}>
                          <input
                            type="checkbox"
                            name={field.name}
                            value={s.id}
                            checked={selected.includes(s.id)}
                            onBlur={field.onBlur}
                            onChange={(e) => field.onChange(e.target.checked ? [...selected, s.id] : selected.filter((id) => id !== s.id))}
                          />{' '}
                          {s.name}
                        </label>
                      ))}
                    </div>
                    {fieldState.error?.message && (
                      <span className="error" role="alert">
                        {message(fieldState.error.message)}
                      </span>
                    )}
                  </>
                );
              }}
            />
          </fieldset>
          <Field id="contact-lastVerifiedAt" label={t('contacts.form.lastVerifiedAt')} error={message(errors.lastVerifiedAt?.message)}>
            <input type="date" {...aria('contact-lastVerifiedAt', errors.lastVerifiedAt)} {...form.register('lastVerifiedAt')} />
          </Field>
          <Field id="contact-notes" label={t('contacts.form.notes')} error={message(errors.notes?.message)}>
            <textarea {...aria('contact-notes', errors.notes)} {...form.register('notes')} />
          </Field>
        </fieldset>
        {usedIn.length > 0 && <p className="muted">{t('contacts.form.usedInTrees', { names: usedInNames })}</p>}
        {failure && <Notice tone="error">{failure}</Notice>}
        <div className="actions">
          {canEdit && (
            <button type="submit" className="button" disabled={isSubmitting}>
              {t('contacts.form.save')}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => void navigate('/contacts')}>
            {t('contacts.form.cancel')}
          </button>
          {canEdit && contact && <ConfirmButton label={t('contacts.form.delete')} question={deleteDetails ? t('contacts.form.deleteConfirmReferences', { details: deleteDetails }) : t('contacts.form.deleteConfirm')} blocked={deletePlan?.refused} onConfirm={() => void remove()} />}
        </div>
      </form>
    </section>
  );
}
