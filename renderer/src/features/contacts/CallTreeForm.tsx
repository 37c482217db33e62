import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { Repository } from '../../db/repository';
import { callTreeSchema, type CallTree, type CallTreeLevel } from '../../domain/contacts/call-tree';
import type { Contact } from '../../domain/contacts/contact';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field, FieldError, type fieldAria } from '../../ui/Field';
import { useErrorText, useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useSortedContacts } from './useContacts';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

type FormInput = z.input<typeof callTreeSchema>;
type FormOutput = z.output<typeof callTreeSchema>;

const emptyLevel = { contactId: '', fallbacks: [], note: '' };
const emptyTree: FormInput = { name: '', trigger: '', levels: [emptyLevel], notes: '' };

/**
 * A deleted contact stays in a stored level so the gap prints; in the editor it becomes an empty choice, so the
 * level cannot be saved until someone is chosen.
 */
function editableLevels(levels: readonly CallTreeLevel[], known: ReadonlySet<string>): CallTreeLevel[] {
  const keep = (id: string) => (known.has(id) ? id : '');
  return levels.map((level) => ({ ...level, contactId: keep(level.contactId), fallbacks: level.fallbacks.map((f) => ({ contactId: keep(f.contactId) })) }));
}

function ContactSelect({ label, contacts, ...rest }: { label: string; contacts: readonly Contact[] } & ReturnType<UseFormRegister<FormInput>> & ReturnType<typeof fieldAria>) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} {...rest}>
      <option value="">{t('contacts.callTrees.form.chooseContact')}</option>
      {contacts.map((c) => (
        <option key={c.id} value={c.id}>
          {[c.name, c.organisation, c.role].filter(Boolean).join('／')}
        </option>
      ))}
    </select>
  );
}

function Fallbacks({ index, control, register, errors, contacts }: { index: number; control: Control<FormInput, unknown, FormOutput>; register: UseFormRegister<FormInput>; errors: FieldErrors<FormInput>; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const fallbacks = useFieldArray({ control, name: `levels.${index}.fallbacks` });
  const fieldError = useFieldErrors(errors, 'tree');
  return (
    <fieldset className="contacts-fieldset">
      <legend>{t('contacts.callTrees.fallbacks')}</legend>
      {fallbacks.fields.map((field, j) => {
        const contact = fieldError(`levels.${index}.fallbacks.${j}.contactId`);
        return (
          <div key={field.id} className="contacts-phone-row">
            <ContactSelect
              label={`${t('contacts.callTrees.level', { n: index + 1 })} ${t('contacts.callTrees.fallbacks')} ${j + 1}`}
              contacts={contacts}
              {...contact.aria}
              {...register(`levels.${index}.fallbacks.${j}.contactId`)}
            />
            {canEdit && (
              <button type="button" className="button secondary" onClick={() => fallbacks.remove(j)}>
                {t('contacts.callTrees.form.removeFallback')}
              </button>
            )}
            <FieldError {...contact} />
          </div>
        );
      })}
      {canEdit && (
        <button type="button" className="button secondary" onClick={() => fallbacks.append({ contactId: '' })}>
          {t('contacts.callTrees.form.addFallback')}
        </button>
      )}
    </fieldset>
  );
}

/** Add or edit a 連絡網: name, trigger, ordered levels (each a contact with fallbacks), reordered with 上へ／下へ. */
export function CallTreeForm({ tree }: { tree?: CallTree }) {
  const contacts = useSortedContacts();
  // The form starts from the contacts as they are, to tell a deleted contact from one still to be chosen.
  if (!contacts) return null;
  return <CallTreeFormBody tree={tree} contacts={contacts} />;
}

function CallTreeFormBody({ tree, contacts }: { tree: CallTree | undefined; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, writer, canEdit } = useWorkbook();
  const [known] = useState(() => new Set(contacts.map((c) => c.id)));
  const repository = useMemo(() => new Repository(db, 'callTrees'), [db]);
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(callTreeSchema),
    defaultValues: tree ? { name: tree.name, trigger: tree.trigger, levels: editableLevels(tree.levels, known), notes: tree.notes } : emptyTree,
  });
  const levels = useFieldArray({ control: form.control, name: 'levels' });
  // Field ids follow a level when it is moved, so the notice stays with the level that lost its contact.
  const [deletedLevels] = useState(() => new Set(levels.fields.filter((_, i) => tree?.levels[i] && !known.has(tree.levels[i].contactId)).map((f) => f.id)));
  const { errors, isSubmitting } = form.formState;
  const fieldError = useFieldErrors(errors, 'tree');
  const message = useErrorText();

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await repository.save({ ...values, ...(tree ? { id: tree.id } : {}) }, writer);
      void navigate('/call-trees');
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const remove = async () => {
    if (!tree) return;
    try {
      await repository.remove(tree.id, writer);
      void navigate('/call-trees');
    } catch (error) {
      setFailure(storageMessage(error));
    }
  };

  return (
    <section aria-labelledby="call-tree-form-heading">
      <h1 id="call-tree-form-heading">{t(tree ? 'contacts.callTrees.form.editHeading' : 'contacts.callTrees.form.newHeading')}</h1>
      <ReadOnlyNotice />
      {contacts.length === 0 && <Notice tone="error">{t('contacts.callTrees.form.noContacts')}</Notice>}
      <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset disabled={!canEdit} className="contacts-fieldset">
          <Field id={fieldError('name').id} label={t('contacts.callTrees.form.name')} error={fieldError('name').error}>
            <input {...fieldError('name').aria} placeholder={t('contacts.callTrees.form.namePlaceholder')} {...form.register('name')} />
          </Field>
          <Field id={fieldError('trigger').id} label={t('contacts.callTrees.form.trigger')} error={fieldError('trigger').error}>
            <textarea {...fieldError('trigger').aria} placeholder={t('contacts.callTrees.form.triggerPlaceholder')} {...form.register('trigger')} />
          </Field>
          {errors.levels?.root?.message && <Notice tone="error">{message(errors.levels.root.message)}</Notice>}
          {errors.levels?.message && <Notice tone="error">{message(errors.levels.message)}</Notice>}
          <ol className="contacts-levels">
            {levels.fields.map((field, i) => {
              const contact = fieldError(`levels.${i}.contactId`);
              return (
                <li key={field.id} className="card contacts-level" data-testid="tree-level">
                  <h2>{t('contacts.callTrees.level', { n: i + 1 })}</h2>
                  {deletedLevels.has(field.id) && !form.watch(`levels.${i}.contactId`) && <Notice tone="error">{t('contacts.callTrees.form.deletedContact')}</Notice>}
                  <div className="field">
                    <ContactSelect label={`${t('contacts.callTrees.level', { n: i + 1 })} ${t('contacts.callTrees.contact')}`} contacts={contacts} {...contact.aria} {...form.register(`levels.${i}.contactId`)} />
                    <FieldError {...contact} />
                  </div>
                  <Fallbacks index={i} control={form.control} register={form.register} errors={errors} contacts={contacts} />
                  <Field id={`tree-level-${i}-note`} label={t('contacts.callTrees.note')}>
                    <input id={`tree-level-${i}-note`} {...form.register(`levels.${i}.note`)} />
                  </Field>
                  {canEdit && (
                    <div className="actions">
                      <button type="button" className="button secondary" disabled={i === 0} onClick={() => levels.move(i, i - 1)} aria-label={`${t('contacts.callTrees.level', { n: i + 1 })} ${t('contacts.callTrees.form.moveUp')}`}>
                        ↑ {t('contacts.callTrees.form.moveUp')}
                      </button>
                      <button
                        type="button"
                        className="button secondary"
                        disabled={i === levels.fields.length - 1}
                        onClick={() => levels.move(i, i + 1)}
                        aria-label={`${t('contacts.callTrees.level', { n: i + 1 })} ${t('contacts.callTrees.form.moveDown')}`}
                      >
                        ↓ {t('contacts.callTrees.form.moveDown')}
                      </button>
                      <button type="button" className="button secondary" onClick={() => levels.remove(i)}>
                        {t('contacts.callTrees.form.removeLevel')}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {canEdit && (
            <button type="button" className="button secondary" onClick={() => levels.append(emptyLevel)}>
              {t('contacts.callTrees.form.addLevel')}
            </button>
          )}
          <Field id={fieldError('notes').id} label={t('contacts.callTrees.form.notes')} error={fieldError('notes').error}>
            <textarea {...fieldError('notes').aria} {...form.register('notes')} />
          </Field>
        </fieldset>
        {failure && <Notice tone="error">{failure}</Notice>}
        <div className="actions">
          {canEdit && (
            <button type="submit" className="button" disabled={isSubmitting}>
              {t('contacts.callTrees.form.save')}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => void navigate('/call-trees')}>
            {t('contacts.callTrees.form.cancel')}
          </button>
          {canEdit && tree && <ConfirmButton label={t('contacts.callTrees.form.delete')} question={t('contacts.callTrees.form.deleteConfirm')} onConfirm={() => void remove()} />}
        </div>
      </form>
    </section>
  );
}
