import '../../db/accounts-records';
import type { SearchSource } from '../../workbook/feature-module';

/** Ctrl+K finds an emergency account by its name, where it is kept and its seal number. */
export const accountSearch: SearchSource = {
  table: 'emergencyAccounts',
  groupTitleKey: 'accounts.search.group',
  text: (a) => [a.name, a.storagePlace, a.sealNumber, a.purpose],
  label: (a) => a.name,
  detail: (a) => <span className="muted">{a.storagePlace}</span>,
  href: (a) => `/accounts/${a.id}`,
};
