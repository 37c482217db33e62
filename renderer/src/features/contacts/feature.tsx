import type { FeatureModule } from '../feature';
import { ContactsPreview } from './ContactsPreview';

/** 連絡先・連絡網 (R7, R12, R14). */
export const contactsFeature: FeatureModule = {
  routes: [{ path: 'contacts', element: <ContactsPreview /> }],
  printCards: [],
  settingsSections: [],
  homeNotices: [],
};
