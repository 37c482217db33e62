import { matchesQuery } from '../../domain/search';
import type { Contact } from '../../domain/contacts/contact';
import type { InventorySystem } from '../../domain/systems/system';

export interface SearchResults {
  contacts: Contact[];
  systems: InventorySystem[];
}

const LIMIT = 20;

/** What global search looks at: for a contact every name-like field and the digits of every number. */
export function searchWorkbook(query: string, contacts: readonly Contact[], systems: readonly InventorySystem[]): SearchResults {
  return {
    contacts: contacts
      .filter((c) => matchesQuery(query, [c.name, c.furigana, c.organisation, c.department, c.role, ...c.phones.map((p) => p.number)]))
      .slice(0, LIMIT),
    systems: systems.filter((s) => matchesQuery(query, [s.name, s.segment, s.location.building, s.location.room])).slice(0, LIMIT),
  };
}
