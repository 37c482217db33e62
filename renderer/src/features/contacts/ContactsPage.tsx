import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { keptAsWritten, type Contact, type ContactKind } from '../../domain/contacts/contact';
import { groupedSearchIndex, withGroupCaptions, type ContactGrouping } from '../../domain/contacts/contact-groups';
import { needsReview } from '../../domain/contacts/contact-review';
import { buildContactSearchIndex, runContactSearch, type ContactSearch } from '../../domain/contacts/contact-search';
import { Notice } from '../../ui/Notice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { ContactsTable, groupCaption, type ContactListItem, type GroupCaption } from './ContactsTable';
import { downloadBytes } from './download';
import { ExportCsvDialog } from './ExportCsvDialog';
import { useContactPrints } from './useContactPrints';
import { useSortedContacts } from './useContacts';
import { useToday } from '../../workbook/useToday';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** 緊急連絡先: search while typing, grouped by kind or department in 五十音 order, copy a number, mark verified. */
export function ContactsPage() {
  const { t } = useTranslation();
  const { repositories, writer, canEdit, settings } = useWorkbook();
  const [params, setParams] = useSearchParams();
  const contacts = useSortedContacts();
  const today = useToday();
  const [query, setQuery] = useState('');
  const grouping: ContactGrouping = params.get('group') === 'department' ? 'department' : 'kind';
  const onlyReview = params.get('review') === '1';
  const focusId = params.get('focus');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const storageMessage = useStorageErrorMessage();
  const job = usePrintJob();
  const prints = useContactPrints();

  const fullIndex = useMemo(() => buildContactSearchIndex(contacts ?? []), [contacts]);
  // Ordered group by group once per list and grouping: a keystroke's matches then come out grouped.
  const grouped = useMemo(() => groupedSearchIndex(fullIndex, grouping), [fullIndex, grouping]);
  const captions = useMemo(
    () => new Map(grouped.groups.map((key): [string, GroupCaption] => [key, groupCaption(key, grouping === 'kind' ? t(`contactKind.${key as ContactKind}`) : key || t('contacts.noDepartment'))])),
    [grouped, grouping, t],
  );
  // The last search, which the next keystroke narrows when it only adds to the query. Any earlier search over the same
  // index is a sound starting point (runContactSearch checks), so a render React throws away cannot mislead it.
  const lastSearch = useRef<ContactSearch | null>(null);
  const found = useMemo(() => (lastSearch.current = runContactSearch(grouped.index, query, lastSearch.current)), [grouped, query]);
  const matches = useMemo(
    () => (onlyReview ? found.entries.filter(({ contact: c }) => needsReview(c, today, settings.contactReviewDays) || keptAsWritten(c)) : found.entries),
    [found.entries, onlyReview, today, settings.contactReviewDays],
  );

  // Every match, each group led by its caption (the same caption object on every keystroke): the list draws only
  // what the window shows.
  const items = useMemo((): ContactListItem[] => withGroupCaptions(matches, grouped.groups, (key) => captions.get(key)!), [matches, grouped, captions]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  // Stable across keystrokes so the memoised rows are not redrawn while a query is typed.
  const verify = useCallback(
    (contact: Contact) => {
      repositories.contacts.save({ ...contact, lastVerifiedAt: today }, writer).then(
        () => setMessage({ tone: 'ok', text: contact.name + t('punct.colon') + t('contacts.verified') }),
        (error: unknown) => setMessage({ tone: 'error', text: storageMessage(error) }),
      );
    },
    [repositories.contacts, today, writer, t, storageMessage],
  );

  if (!contacts) return null;
  return (
    <section aria-labelledby="contacts-heading">
      <h1 id="contacts-heading">{t('contacts.heading')}</h1>
      <div className="actions contacts-toolbar">
        {canEdit && (
          <>
            <Link className="button" to="/contacts/new">
              {t('contacts.add')}
            </Link>
            <Link className="button secondary" to="/contacts/import">
              {t('contacts.importCsv')}
            </Link>
          </>
        )}
        <button type="button" className="button secondary" onClick={() => setExporting(true)}>
          {t('contacts.exportCsv')}
        </button>
        <PrintButton job={job} label={t('contacts.print')} prepare={prints.contactList} />
      </div>
      <ReadOnlyNotice />
      <PrintJobStatus job={job} />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <div className="contacts-filters">
        <input
          className="search-input"
          type="search"
          aria-label={t('contacts.searchLabel')}
          placeholder={t('contacts.searchPlaceholder')}
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="actions">
          <label>
            {t('contacts.groupBy')}{' '}
            <select value={grouping} onChange={(e) => setParam('group', e.target.value === 'department' ? 'department' : null)}>
              <option value="kind">{t('contacts.groupByKind')}</option>
              <option value="department">{t('contacts.groupByDepartment')}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={onlyReview} onChange={(e) => setParam('review', e.target.checked ? '1' : null)} /> {t('contacts.onlyNeedsReview')}
          </label>
          <span className="muted" data-testid="contacts-count" data-rendered-query={query}>
            {t('contacts.count', { shown: matches.length, total: contacts.length })}
          </span>
        </div>
      </div>
      {matches.length === 0 && <p>{contacts.length === 0 ? t('list.empty') : t('contacts.noMatches')}</p>}
      {matches.length > 0 && (
        <ContactsTable items={items} labelledBy="contacts-heading" today={today} reviewDays={settings.contactReviewDays} canEdit={canEdit} focusId={focusId} onVerify={verify} />
      )}
      {exporting && <ExportCsvDialog onClose={() => setExporting(false)} onExport={(bytes, name) => downloadBytes(bytes, name, 'text/csv')} />}
    </section>
  );
}
