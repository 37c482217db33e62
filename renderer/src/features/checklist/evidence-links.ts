import type { RecordLink } from '../../domain/actions/follow-up-action';
import type { BcpDatabase } from '../../db/database';
import { pathOf, type AreaKey } from '../../workbook/areas';

/** The workbook records an answer can cite, and where each opens. */
interface Source {
  table: 'systems' | 'runbooks' | 'contacts' | 'callTrees' | 'procedures';
  area: AreaKey;
  /** Below the area's path: procedures open under /paper/procedures/. */
  sub: string;
}

const SOURCES: readonly Source[] = [
  { table: 'systems', area: 'systems', sub: '' },
  { table: 'runbooks', area: 'runbooks', sub: '' },
  { table: 'callTrees', area: 'callTrees', sub: '' },
  { table: 'contacts', area: 'contacts', sub: '' },
  { table: 'procedures', area: 'paper', sub: 'procedures/' },
];

export function linkHref(link: Pick<RecordLink, 'area' | 'table' | 'recordId'>): string {
  const source = SOURCES.find((s) => s.table === link.table);
  return source ? `${pathOf(source.area)}/${source.sub}${link.recordId}` : pathOf(link.area as AreaKey);
}

/** Every record that can be cited, grouped by table, labelled as the user knows it. */
export async function evidenceOptions(db: BcpDatabase): Promise<{ table: Source['table']; links: RecordLink[] }[]> {
  const of = (table: Source['table'], area: AreaKey, rows: { id: string; label: string }[]) => ({
    table,
    links: rows.map((r) => ({ area, table, recordId: r.id, label: r.label.slice(0, 200) })).sort((a, b) => a.label.localeCompare(b.label, 'ja')),
  });
  return [
    of('systems', 'systems', (await db.systems.toArray()).map((r) => ({ id: r.id, label: r.name }))),
    of('runbooks', 'runbooks', (await db.runbooks.toArray()).map((r) => ({ id: r.id, label: r.title }))),
    of('callTrees', 'callTrees', (await db.callTrees.toArray()).map((r) => ({ id: r.id, label: r.name }))),
    of('contacts', 'contacts', (await db.contacts.toArray()).map((r) => ({ id: r.id, label: [r.name, r.organisation].filter(Boolean).join(' ') }))),
    of('procedures', 'paper', (await db.procedures.toArray()).map((r) => ({ id: r.id, label: `${r.department} ${r.title}` }))),
  ];
}
