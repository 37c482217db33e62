import type { FeatureModule } from '../../workbook/feature-module';
import { CallTreeEditPage, CallTreesPage } from './CallTreesPage';
import { CallTreesPrintCard, ContactListPrintCard } from './ContactPrintCards';
import { ContactEditPage } from './ContactEditPage';
import { ContactsPage } from './ContactsPage';
import { ImportPage } from './ImportPage';
import { ReviewHomeNotice } from './ReviewHomeNotice';
import { ReviewSettings } from './ReviewSettings';
import { seedStarterContacts } from './seed';

/** 連絡先・連絡網 (R7, R12, R14). */
export const contactsFeature: FeatureModule = {
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
  seedNewWorkbook: seedStarterContacts,
};
