import type { SearchSource } from '../../workbook/feature-module';
import { pathOf } from '../../workbook/areas';

/** Ctrl+K finds a contact by every name-like field and the digits of every number, and opens it in the list. */
export const contactSearch: SearchSource = {
  table: 'contacts',
  groupTitleKey: 'search.groupContacts',
  text: (c) => [c.name, c.furigana, c.organisation, c.department, c.role, ...c.phones.map((p) => p.number)],
  label: (c) => c.name,
  detail: (c) => (
    <>
      <span className="muted">{[c.organisation, c.department].filter(Boolean).join(' ')}</span> <span className="phone">{c.phones.find((p) => p.number)?.number}</span>
    </>
  ),
  href: (c) => `${pathOf('contacts')}?focus=${encodeURIComponent(c.id)}`,
};
