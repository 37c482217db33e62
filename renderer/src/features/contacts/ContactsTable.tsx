import { memo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../domain/contact';
import { DemoBadge } from '../demo/DemoBadge';
import { PhoneNumber } from './PhoneNumber';
import { ReviewBadge } from './ReviewBadge';

interface Props {
  caption: string;
  contacts: readonly Contact[];
  today: string;
  reviewDays: number;
  canEdit: boolean;
  focusId: string | null;
  onVerify(contact: Contact): void;
}

/** One group of the contact list (a kind or a department). */
export function ContactsTable({ caption, contacts, today, reviewDays, canEdit, focusId, onVerify }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="list contacts-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts.columns.name')}</th>
            <th scope="col">{t('contacts.columns.organisation')}</th>
            <th scope="col">{t('contacts.columns.phones')}</th>
            <th scope="col">{t('contacts.columns.verified')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <ContactRow key={c.id} contact={c} today={today} reviewDays={reviewDays} canEdit={canEdit} focused={focusId === c.id} onVerify={onVerify} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  contact: Contact;
  today: string;
  reviewDays: number;
  canEdit: boolean;
  focused: boolean;
  onVerify(contact: Contact): void;
  t: TFunction;
}

/**
 * One contact. Memoised: while a query is typed most rows stay the same from one keystroke to the next, and only
 * the rows that appear are drawn (this keeps search-as-you-type within a frame over 10,000 contacts).
 */
const ContactRow = memo(function ContactRow({ contact: c, today, reviewDays, canEdit, focused, onVerify, t }: RowProps) {
  return (
    <tr id={`contact-${c.id}`} className={focused ? 'contacts-focus' : undefined} data-testid="contact-row">
      <td>
        <div className="contacts-name">
          {c.name} {c.demo && <DemoBadge />}
        </div>
        {c.furigana && <div className="muted">{c.furigana}</div>}
        {canEdit && (
          // A plain hash link: the router picks it up, and a row spares the hooks a <Link> runs on every draw.
          <a href={`#/contacts/${encodeURIComponent(c.id)}`} className="contacts-edit-link">
            {t('contacts.edit')}
          </a>
        )}
      </td>
      <td>
        <div>{c.organisation}</div>
        <div>{[c.department, c.role].filter(Boolean).join('・')}</div>
        {c.availability && <div className="muted">{c.availability}</div>}
      </td>
      <td>
        {c.phones.length === 0 && <span className="badge unverified">{t('contacts.notFilled')}</span>}
        {c.phones.map((p, i) => (
          <PhoneNumber key={i} phone={p} t={t} />
        ))}
        {c.email && <div className="muted contacts-email">{c.email}</div>}
      </td>
      <td>
        <div>{c.lastVerifiedAt || t('contacts.unverified')}</div>
        <ReviewBadge contact={c} today={today} reviewDays={reviewDays} t={t} />
        {canEdit && c.lastVerifiedAt !== today && (
          <button type="button" className="button secondary contacts-verify" onClick={() => onVerify(c)} aria-label={`${t('contacts.verify')}（${c.name}）`}>
            {t('contacts.verify')}
          </button>
        )}
      </td>
    </tr>
  );
});
