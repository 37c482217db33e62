import type { Contact } from './contact';
import { normalizeForSearch } from '../search';

/**
 * Search-as-you-type over the contact list. The normalised text of every contact is computed once per list
 * (not once per keystroke), so each keystroke is a substring scan — and, while a query is being typed on, a scan of
 * the previous keystroke's matches only.
 */
export interface ContactSearchIndex<T extends Contact = Contact> {
  entries: readonly ContactSearchEntry<T>[];
}

export interface ContactSearchEntry<T extends Contact = Contact> {
  contact: T;
  text: string;
  /** Where the contact's group stands in a grouped index (`groupedSearchIndex`); 0 in an index not grouped. */
  group: number;
}

/** One keystroke's search: kept so that the next keystroke can narrow it instead of scanning every contact. */
export interface ContactSearch<T extends Contact = Contact> {
  index: ContactSearchIndex<T>;
  terms: readonly string[];
  /** The matching entries, in index order. The same array as the previous search's when typing on kept every match. */
  entries: readonly ContactSearchEntry<T>[];
}

/** What a contact is found by: name, フリガナ, organisation, department, role and the digits of every number. */
export function contactSearchFields(contact: Contact): string[] {
  return [contact.name, contact.furigana, contact.organisation, contact.department, contact.role, ...contact.phones.map((p) => p.number)];
}

export function buildContactSearchIndex<T extends Contact>(contacts: readonly T[]): ContactSearchIndex<T> {
  return { entries: contacts.map((contact) => ({ contact, text: contactSearchFields(contact).map(normalizeForSearch).join('\u0000'), group: 0 })) };
}

const queryTerms = (query: string): string[] => query.split(/[\s\u3000]+/).map(normalizeForSearch).filter(Boolean);

/**
 * Contacts matching every whitespace-separated term of the query, in index order; an empty query matches all.
 * Given the previous search over the same index, and when each of its terms lies inside a term of this query (the
 * usual case of typing one more character), a contact can only match now if it matched then: only those are scanned.
 * The test is on normalised terms, not on the typed text, because normalising is not prefix-preserving (ｶ then ｶﾞ).
 */
export function runContactSearch<T extends Contact>(index: ContactSearchIndex<T>, query: string, previous?: ContactSearch<T> | null): ContactSearch<T> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { index, terms, entries: index.entries };
  const narrows = previous?.index === index && previous.terms.every((before) => terms.some((term) => term.includes(before)));
  const scanned = narrows ? previous.entries : index.entries;
  const [only] = terms;
  const entries = terms.length === 1 ? scanned.filter((e) => e.text.includes(only!)) : scanned.filter((e) => terms.every((term) => e.text.includes(term)));
  // Typing on often keeps every match (a number's next digit): the same array then spares the list all its work.
  return { index, terms, entries: entries.length === scanned.length ? scanned : entries };
}
