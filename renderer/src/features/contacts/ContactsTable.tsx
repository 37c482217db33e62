import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keptAsWritten, type Contact } from '../../domain/contacts/contact';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useContactListText, type ContactListText } from './contact-list-text';
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

/**
 * One group of the contact list (a kind or a department). A grid of ARIA rows rather than a <table>: off-screen
 * rows can then skip layout (content-visibility), which keeps a keystroke over 10,000 contacts within a frame.
 */
export function ContactsTable({ caption, contacts, today, reviewDays, canEdit, focusId, onVerify }: Props) {
  const { t } = useTranslation();
  const text = useContactListText();
  const captionId = useId();
  return (
    <div className="contacts-group">
      <h2 className="contacts-grid-caption" id={captionId}>
        {caption}
      </h2>
      <div className="contacts-grid" role="table" aria-labelledby={captionId}>
        <div role="rowgroup">
          <div role="row" className="contacts-grid-head">
            <span role="columnheader">{t('contacts.columns.name')}</span>
            <span role="columnheader">{t('contacts.columns.organisation')}</span>
            <span role="columnheader">{t('contacts.columns.phones')}</span>
            <span role="columnheader">{t('contacts.columns.verified')}</span>
          </div>
        </div>
        <div role="rowgroup">
          {contacts.map((c) => (
            <ContactRow key={c.id} contact={c} today={today} reviewDays={reviewDays} canEdit={canEdit} focused={focusId === c.id} onVerify={onVerify} text={text} />
          ))}
        </div>
      </div>
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
  text: ContactListText;
}

/**
 * One contact. Memoised: while a query is typed most rows stay the same from one keystroke to the next, and only
 * the rows that appear are drawn (this keeps search-as-you-type within a frame over 10,000 contacts).
 */
const ContactRow = memo(function ContactRow({ contact: c, today, reviewDays, canEdit, focused, onVerify, text }: RowProps) {
  return (
    <div role="row" id={`contact-${c.id}`} className={focused ? 'contacts-row contacts-focus' : 'contacts-row'} data-testid="contact-row">
      <div role="cell">
        <div className="contacts-name">
          {c.name} {c.demo && <DemoBadge />}{' '}
          {keptAsWritten(c) && (
            <span className="badge unverified" data-testid="kept-badge">
              {text.keptAsWritten}
            </span>
          )}
        </div>
        {c.furigana && <div className="muted">{c.furigana}</div>}
        {canEdit && (
          // A plain hash link: the router picks it up, and a row spares the hooks a <Link> runs on every draw.
          <a href={`#/contacts/${encodeURIComponent(c.id)}`} className="contacts-edit-link">
            {text.edit}
          </a>
        )}
      </div>
      <div role="cell">
        <div>{c.organisation}</div>
        <div>{[c.department, c.role].filter(Boolean).join('・')}</div>
        {c.availability && <div className="muted">{c.availability}</div>}
      </div>
      <div role="cell">
        {c.phones.length === 0 && <span className="badge unverified">{text.notFilled}</span>}
        {c.phones.map((p, i) => (
          <PhoneNumber key={i} phone={p} text={text} />
        ))}
        {c.email && <div className="muted contacts-email">{c.email}</div>}
      </div>
      <div role="cell">
        <div>{c.lastVerifiedAt || text.unverified}</div>
        <ReviewBadge contact={c} today={today} reviewDays={reviewDays} text={text} />
        {canEdit && c.lastVerifiedAt !== today && (
          <button type="button" className="button secondary contacts-verify" onClick={() => onVerify(c)} aria-label={`${text.verify}（${c.name}）`}>
            {text.verify}
          </button>
        )}
      </div>
    </div>
  );
});
