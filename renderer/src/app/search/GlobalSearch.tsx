import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordMeta } from '../../domain/record';
import { featureModules } from '../../features/modules';
import { Dialog } from '../../ui/Dialog';
import { DemoBadge } from '../../workbook/DemoBadge';
import type { SearchSource } from '../../workbook/feature-module';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { searchWorkbook, type SearchGroup } from './search-workbook';

/** A search source as this dialog calls it: each source is only ever given the records of its own table. */
interface ShownSource extends Pick<SearchSource, 'table' | 'groupTitleKey'> {
  text(record: RecordMeta): readonly string[];
  label(record: RecordMeta): string;
  detail(record: RecordMeta, t: TFunction): ReactNode;
  href(record: RecordMeta): string;
}

const sources = featureModules.flatMap((m) => m.search ?? []) as readonly SearchSource[] as unknown as readonly ShownSource[];

/** Ctrl+K: find any record the areas offer (contacts, systems…) while typing. */
export function GlobalSearch({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const data = useLiveQuery(
    () => Promise.all(sources.map(async (source): Promise<SearchGroup<ShownSource>> => ({ source, records: await db[source.table].toArray(), text: source.text }))),
    [db],
  );
  const results = useMemo(() => (data && deferred.trim() ? searchWorkbook(deferred, data) : undefined), [data, deferred]);
  const empty = results && results.every((group) => group.records.length === 0);

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
          {results.flatMap(({ source, records }) => [
              ...(records.length > 0 ? [<li key={`group-${source.table}`} className="group">{t(source.groupTitleKey)}</li>] : []),
              ...records.map((r) => (
                <li key={`${source.table}-${r.id}`}>
                  <Link to={source.href(r)} onClick={onClose}>
                    <strong>{source.label(r)}</strong> {source.detail(r, t)} {r.demo && <DemoBadge />}
                  </Link>
                </li>
              )),
          ])}
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
