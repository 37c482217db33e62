import { toLocalDateString } from '../../base/local-date';
import { buildSystemsInventory } from '../../pdf/documents/systems/inventory';
import type { BinderSection } from '../../workbook/feature-module';
import { readSystems, readVendors, restoreOrderDocument, runbookSheetDocument } from './useSystemsPrints';

const chapter = { chapter: 'system-recovery', chapterTitleKey: 'print.binderChapters.systemRecovery' } as const;

export const systemsBinderSections: readonly BinderSection[] = [
  {
    ...chapter,
    titleKey: 'print.sections.systems',
    table: 'systems',
    async load(db, { header }) {
      const systems = await readSystems(db);
      if (systems.length === 0) return [];
      return [buildSystemsInventory({ header, systems, vendors: await readVendors(db), today: toLocalDateString(header.printedAt) })];
    },
  },
  {
    ...chapter,
    titleKey: 'print.sections.runbooks',
    table: 'runbooks',
    /** The restore order first, then each runbook in that order (the systems come sorted by restore priority). */
    async load(db, { header }) {
      const runbooks = await db.runbooks.toArray();
      if (runbooks.length === 0) return [];
      const systems = await readSystems(db);
      const rank = new Map(systems.map((s, i) => [s.id, i]));
      const byId = new Map(systems.map((s) => [s.id, s]));
      const ordered = [...runbooks].sort((a, b) => (rank.get(a.systemId) ?? Infinity) - (rank.get(b.systemId) ?? Infinity) || a.title.localeCompare(b.title, 'ja'));
      return [await restoreOrderDocument(db, header), ...(await Promise.all(ordered.map((r) => runbookSheetDocument(db, header, r, byId))))];
    },
  },
];
