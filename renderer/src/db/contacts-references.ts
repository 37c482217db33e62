import type { RecordReference } from './references';
import { contactIdsOf, withoutContact } from '../domain/contacts/call-tree';

/**
 * References the contacts area's records hold. A deleted contact leaves its call trees with the first fallback moved
 * up, or a visible 要設定 gap (domain/contacts/call-tree.ts); a deleted system leaves the contacts' 担当システム.
 */
export const contactsReferences: readonly RecordReference[] = [
  {
    from: 'callTrees',
    field: 'levels',
    to: 'contacts',
    onDelete: 'clear',
    refersTo: (tree, contactId) => contactIdsOf(tree).includes(contactId),
    clear: (tree, contactId) => withoutContact(tree, contactId) ?? tree,
    messageKey: 'contacts.references.callTrees',
  },
  {
    from: 'contacts',
    field: 'systemsSupported',
    to: 'systems',
    onDelete: 'clear',
    refersTo: (contact, systemId) => contact.systemsSupported.includes(systemId),
    clear: (contact, systemId) => ({ ...contact, systemsSupported: contact.systemsSupported.filter((id) => id !== systemId) }),
    messageKey: 'contacts.references.systemsSupported',
  },
];
