import { BINDER_HEADINGS_HEIGHT } from '../../pdf/documents/binder/binder';
import type { BinderSection } from '../../workbook/feature-module';
import { isolationSheetDocument, networkDiagramDocument } from './useNetworkPrints';

const chapter = { chapter: 'system-recovery', chapterTitleKey: 'print.binderChapters.systemRecovery' } as const;

// The diagram and the isolation plan show an attacker where everything is: both stay out of the staff edition.
export const networkBinderSections: readonly BinderSection[] = [
  {
    ...chapter,
    titleKey: 'network.binder.diagram',
    table: 'segments',
    confidential: true,
    async load(db, { header }) {
      return (await db.segments.count()) > 0 ? [await networkDiagramDocument(db, header, 'A4', BINDER_HEADINGS_HEIGHT)] : [];
    },
  },
  {
    ...chapter,
    titleKey: 'network.binder.isolation',
    table: 'links',
    confidential: true,
    async load(db, { header }) {
      return (await db.links.count()) > 0 ? [await isolationSheetDocument(db, header)] : [];
    },
  },
];
