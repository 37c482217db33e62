import { contactsGuidelineEvidence } from './guideline-evidence';
import { recheckStoredNumbers } from '../../db/contacts-store';
import { contactsReferences } from '../../db/contacts-references';
import type { FeatureModule } from '../../workbook/feature-module';
import { contactsAuditLabels } from './audit-labels';
import { CallTreeEditPage, CallTreesPage } from './CallTreesPage';
import { CallTreesPrintCard, ContactListPrintCard } from './ContactPrintCards';
import { ContactEditPage } from './ContactEditPage';
import { ContactsPage } from './ContactsPage';
import { ImportPage } from './ImportPage';
import { ReviewHomeNotice } from './ReviewHomeNotice';
import { ReviewSettings } from './ReviewSettings';
import { contactSearch } from './search';
import { seedStarterContacts } from './seed';
import { contactsReportFigures } from './report-figures';
import { contactsBinderSections } from './binder';

/** 連絡先・連絡網 (R7, R12, R14). */
export const contactsFeature = {
  areas: ['contacts', 'callTrees'],
  routes: [
    { path: 'contacts', element: <ContactsPage /> },
    { path: 'contacts/import', element: <ImportPage /> },
    { path: 'contacts/new', element: <ContactEditPage /> },
    { path: 'contacts/:id', element: <ContactEditPage /> },
    { path: 'call-trees', element: <CallTreesPage /> },
    { path: 'call-trees/new', element: <CallTreeEditPage /> },
    { path: 'call-trees/:id', element: <CallTreeEditPage /> },
  ],
  printCards: [ContactListPrintCard, CallTreesPrintCard],
  settingsSections: [ReviewSettings],
  homeNotices: [ReviewHomeNotice],
  homeTiles: [{ key: 'contacts', area: 'contacts' }],
  homeCounts: [{ table: 'contacts', textKey: 'home.countContacts' }],
  search: [contactSearch],
  binderSections: contactsBinderSections,
  auditLabels: contactsAuditLabels,
  settings: { contactReviewDays: 'contacts.review.settingsHeading' },
  references: contactsReferences,
  guidelineEvidence: contactsGuidelineEvidence,
  managementReportFigures: [contactsReportFigures],
  seedNewWorkbook: seedStarterContacts,
  upgradeStoredRecords: recheckStoredNumbers,
} satisfies FeatureModule;
