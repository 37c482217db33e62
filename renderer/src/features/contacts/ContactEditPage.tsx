import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkbook } from '../workbook/WorkbookContext';
import { ContactForm } from './ContactForm';

/** /contacts/new and /contacts/:id. */
export function ContactEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { db } = useWorkbook();
  const isNew = id === undefined || id === 'new';
  const contact = useLiveQuery(async () => (isNew ? null : ((await db.contacts.get(id)) ?? 'missing')), [db, id, isNew]);
  if (contact === undefined) return null;
  if (contact === 'missing') {
    return (
      <section>
        <p>{t('contacts.form.notFound')}</p>
        <Link to="/contacts">{t('contacts.form.cancel')}</Link>
      </section>
    );
  }
  // keyed so a different contact gets a fresh form, and the form is not reset by live updates while typing
  return <ContactForm key={contact?.id ?? 'new'} contact={contact ?? undefined} />;
}
