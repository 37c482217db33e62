import { useTranslation } from 'react-i18next';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';
import { ContactForm } from './ContactForm';

/** /contacts/new and /contacts/:id. */
export function ContactEditPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="contacts" notFound={t('contacts.form.notFound')} back={{ to: '/contacts', label: t('contacts.form.cancel') }}>
      {(contact) => <ContactForm contact={contact ?? undefined} />}
    </RecordEditorRoute>
  );
}
