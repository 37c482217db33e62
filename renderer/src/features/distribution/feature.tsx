import type { FeatureModule } from '../../workbook/feature-module';
import { CopyAsOfBadge } from './CopyAsOfBadge';
import { printedPlanEvidence } from './evidence';
import { PrintedCopiesCard } from './PrintedCopiesCard';
import { PrintedCopyNotices } from './PrintedCopyNotices';
import { PublishSection } from './PublishSection';
import { ReaderNotices } from './ReaderNotices';
import { ReaderSection } from './ReaderSection';

/**
 * The plan where it is needed when the network is gone: the printed-copy register (where each printed binder or kit
 * is kept, and a home warning when it is out of date), and signed read-only copies published to folders that reader
 * PCs take every hour. It builds no menu area: it lives in 印刷, 設定, the home and the top bar.
 */
export const distributionFeature = {
  areas: [],
  routes: [],
  printCards: [PrintedCopiesCard],
  settingsSections: [PublishSection, ReaderSection],
  homeNotices: [ReaderNotices, PrintedCopyNotices],
  topBarItems: [CopyAsOfBadge],
  // The register is about paper, not part of it: the binder does not print where its own copies are kept.
  binderExcluded: ['printedCopies'],
  guidelineEvidence: [printedPlanEvidence],
  auditLabels: {
    printedCopies: {
      document: 'distribution.printed.fields.document',
      title: 'distribution.printed.fields.title',
      edition: 'distribution.printed.fields.edition',
      department: 'distribution.printed.fields.department',
      place: 'distribution.printed.fields.place',
      version: 'distribution.printed.fields.version',
      printedAt: 'distribution.printed.fields.printedAt',
      notes: 'distribution.printed.fields.notes',
      demo: 'audit.fieldNames.demo',
    },
  },
  settings: {
    publishFolders: 'distribution.settingNames.publishFolders',
    publishStatus: 'distribution.settingNames.publishStatus',
    readerPairing: 'distribution.settingNames.readerPairing',
    readerStatus: 'distribution.settingNames.readerStatus',
    copyMaxAgeDays: 'distribution.settingNames.copyMaxAgeDays',
  },
} satisfies FeatureModule;
