import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../../ui/Dialog';
import { DemoBadge } from '../../workbook/DemoBadge';
import { pathOf } from '../../workbook/areas';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { searchWorkbook } from './search-workbook';

/** Ctrl+K: find any contact or system while typing. */
export function GlobalSearch({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const data = useLiveQuery(async () => ({ contacts: await db.contacts.toArray(), systems: await db.systems.toArray() }), [db]);
  const results = useMemo(() => (data && deferred.trim() ? searchWorkbook(deferred, data.contacts, data.systems) : undefined), [data, deferred]);
  const empty = results && results.contacts.length === 0 && results.systems.length === 0;

  return (
    <Dialog title={t('search.title')} onClose={onClose}>
      <input
        className="search-input"
        type="search"
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {!results && <p className="muted">{t('search.hint')}</p>}
      {empty && <p>{t('search.noResults')}</p>}
      {results && (
        <ul className="search-results" aria-label={t('search.title')}>
          {results.contacts.length > 0 && <li className="group">{t('search.groupContacts')}</li>}
          {results.contacts.map((c) => (
            <li key={c.id}>
              <Link to={`${pathOf('contacts')}?focus=${encodeURIComponent(c.id)}`} onClick={onClose}>
                <strong>{c.name}</strong> <span className="muted">{[c.organisation, c.department].filter(Boolean).join(' ')}</span>{' '}
                <span className="phone">{c.phones.find((p) => p.number)?.number}</span> {c.demo && <DemoBadge />}
              </Link>
            </li>
          ))}
          {results.systems.length > 0 && <li className="group">{t('search.groupSystems')}</li>}
          {results.systems.map((s) => (
            <li key={s.id}>
              <Link to={pathOf('systems')} onClick={onClose}>
                <strong>{s.name}</strong> <span className="muted">{t(`systemKind.${s.kind}`)}</span> {s.demo && <DemoBadge />}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="actions" style={{ marginTop: '1rem' }}>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
    </Dialog>
  );
}
