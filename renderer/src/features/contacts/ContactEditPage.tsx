import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStoredRecord } from '../../workbook/useStoredRecord';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { ContactForm } from './ContactForm';

/** /contacts/new and /contacts/:id. */
export function ContactEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { canEdit } = useWorkbook();
  const contact = useStoredRecord('contacts', id === 'new' ? undefined : id);
  if (contact === undefined) return null;
  // Nothing to consult in an empty form.
  if (contact === null && !canEdit) return <ReadOnlyNotice />;
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
