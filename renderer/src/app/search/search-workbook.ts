import { matchesQuery } from '../../domain/search';
import type { RecordMeta } from '../../domain/record';

/** A source's records and its text function, with the record type erased: search only needs the text. */
export interface SearchGroup<S> {
  source: S;
  records: readonly RecordMeta[];
  text(record: RecordMeta): readonly string[];
}

export interface SearchHits<S> {
  source: S;
  records: RecordMeta[];
}

const LIMIT = 20;

/** What global search finds: per source (in source order) the records whose searched text matches, at most 20 each. */
export function searchWorkbook<S>(query: string, groups: readonly SearchGroup<S>[]): SearchHits<S>[] {
  return groups.map((group) => ({ source: group.source, records: group.records.filter((r) => matchesQuery(query, group.text(r))).slice(0, LIMIT) }));
}
