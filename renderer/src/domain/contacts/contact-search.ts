import type { Contact } from './contact';
import { normalizeForSearch } from '../search';

/**
 * Search-as-you-type over the contact list. The normalised text of every contact is computed once per list
 * (not once per keystroke), so each keystroke is a substring scan: fast enough for 10,000 contacts.
 */
export interface ContactSearchIndex<T extends Contact = Contact> {
  entries: readonly { contact: T; text: string }[];
}

/** What a contact is found by: name, フリガナ, organisation, department, role and the digits of every number. */
export function contactSearchFields(contact: Contact): string[] {
  return [contact.name, contact.furigana, contact.organisation, contact.department, contact.role, ...contact.phones.map((p) => p.number)];
}

export function buildContactSearchIndex<T extends Contact>(contacts: readonly T[]): ContactSearchIndex<T> {
  return { entries: contacts.map((contact) => ({ contact, text: contactSearchFields(contact).map(normalizeForSearch).join('\u0000') })) };
}

/** Contacts matching every whitespace-separated term of the query, in index order. An empty query matches all. */
export function searchContacts<T extends Contact>(index: ContactSearchIndex<T>, query: string): T[] {
  const terms = query.split(/[\s\u3000]+/).map(normalizeForSearch).filter(Boolean);
  if (terms.length === 0) return index.entries.map((e) => e.contact);
  return index.entries.filter((e) => terms.every((term) => e.text.includes(term))).map((e) => e.contact);
}
