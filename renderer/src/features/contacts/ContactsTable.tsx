import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { keptAsWritten, type Contact } from '../../domain/contacts/contact';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useWindowRows } from '../../ui/useWindowRows';
import { useContactListText, type ContactListText } from './contact-list-text';
import { PhoneNumber } from './PhoneNumber';
import { ReviewBadge } from './ReviewBadge';

/** A group's caption row in the list: one kind or one department. Made by `groupCaption`. */
export interface GroupCaption {
  /** The row's key in the list, apart from every contact id. */
  id: string;
  caption: string;
}
export type ContactListItem = GroupCaption | Contact;

// The virtualizer asks whether each row is a caption on every keystroke (50,000 times at 50,000 contacts): a set of
// the captions made answers in one lookup, where `'caption' in item` over contacts of many shapes cost three times as
// much.
const captionRows = new WeakSet<ContactListItem>();

/** A caption row for the group `key` ('' for no department). */
export function groupCaption(key: string, caption: string): GroupCaption {
  const row = { id: `group:${key}`, caption };
  captionRows.add(row);
  return row;
}

const isCaption = (item: ContactListItem): item is GroupCaption => captionRows.has(item);

interface Props {
  /** The contacts to show, each group led by its caption row. */
  items: readonly ContactListItem[];
  labelledBy: string;
  today: string;
  reviewDays: number;
  canEdit: boolean;
  focusId: string | null;
  onVerify(contact: Contact): void;
}

const CAPTION_HEIGHT = 52;
const ROW_HEIGHT = 96;

/**
 * The contact list: one ARIA table over every match, groups introduced by caption rows. Only the rows near the
 * window are drawn (a keystroke over 50,000 contacts stays within a frame), while aria-rowcount and aria-rowindex
 * tell a screen reader how many rows there are and where it is.
 */
export function ContactsTable({ items, labelledBy, today, reviewDays, canEdit, focusId, onVerify }: Props) {
  const { t } = useTranslation();
  const text = useContactListText();
  const estimateSize = useCallback((index: number) => (isCaption(items[index]!) ? CAPTION_HEIGHT : ROW_HEIGHT), [items]);
  const getItemKey = useCallback((index: number) => items[index]!.id, [items]);
  const { rows, scrollMargin, listProps } = useWindowRows<HTMLDivElement>({ count: items.length, estimateSize, getItemKey });

  // A link from elsewhere (?focus=id) scrolls its contact into view once, not again on every keystroke.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId || scrolledTo.current === focusId) return;
    const index = items.findIndex((item) => !isCaption(item) && item.id === focusId);
    if (index < 0) return;
    scrolledTo.current = focusId;
    rows.scrollToIndex(index, { align: 'center' });
  }, [focusId, items, rows]);

  return (
    <div className="contacts-grid" role="table" aria-labelledby={labelledBy} aria-rowcount={items.length + 1}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="contacts-grid-head">
          <span role="columnheader">{t('contacts.columns.name')}</span>
          <span role="columnheader">{t('contacts.columns.organisation')}</span>
          <span role="columnheader">{t('contacts.columns.phones')}</span>
          <span role="columnheader">{t('contacts.columns.verified')}</span>
        </div>
      </div>
      <div role="rowgroup" className="contacts-grid-body" style={{ height: rows.getTotalSize() }} {...listProps}>
        {rows.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          const place = { index: row.index, offset: row.start - scrollMargin, measure: rows.measureElement };
          return isCaption(item) ? (
            <CaptionRow key={row.key} caption={item.caption} {...place} />
          ) : (
            <ContactRow key={row.key} contact={item} {...place} today={today} reviewDays={reviewDays} canEdit={canEdit} focused={focusId === item.id} onVerify={onVerify} text={text} />
          );
        })}
      </div>
    </div>
  );
}

/** Where a drawn row sits: its index in the list, its offset in the list body, and the measuring ref (stable). */
interface Place {
  index: number;
  offset: number;
  measure(element: HTMLElement | null): void;
}

const placeProps = ({ index, offset, measure }: Place) => ({
  ref: measure,
  'data-index': index,
  'aria-rowindex': index + 2,
  style: { transform: `translateY(${offset}px)` },
});

function CaptionRow({ caption, ...place }: Place & { caption: string }) {
  return (
    <div role="row" className="contacts-group-row" {...placeProps(place)}>
      <div role="cell" aria-colspan={4}>
        <h2 className="contacts-grid-caption">{caption}</h2>
      </div>
    </div>
  );
}

interface RowProps extends Place {
  contact: Contact;
  today: string;
  reviewDays: number;
  canEdit: boolean;
  focused: boolean;
  onVerify(contact: Contact): void;
  text: ContactListText;
}

/**
 * One contact. Memoised: while a query is typed most drawn rows stay the same from one keystroke to the next.
 */
const ContactRow = memo(function ContactRow({ contact: c, index, offset, measure, today, reviewDays, canEdit, focused, onVerify, text }: RowProps) {
  return (
    <div role="row" id={`contact-${c.id}`} className={focused ? 'contacts-row contacts-focus' : 'contacts-row'} data-testid="contact-row" {...placeProps({ index, offset, measure })}>
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
