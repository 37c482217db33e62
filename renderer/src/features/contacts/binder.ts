import type { BcpDatabase } from '../../db/database';
import { contactIdsOf } from '../../domain/contacts/call-tree';
import type { Contact } from '../../domain/contacts/contact';
import { buildCallTrees } from '../../pdf/documents/contacts/call-tree';
import { buildContactList } from '../../pdf/documents/contacts/contact-list';
import type { BinderLoadContext, BinderSection } from '../../workbook/feature-module';

const chapter = { chapter: 'contact-framework', chapterTitleKey: 'print.binderChapters.contactFramework' } as const;

/**
 * What a department's binder holds of the contacts: its own staff and everyone its call trees name. The call trees
 * are hospital-wide (電子カルテ停止時, ランサムウェア疑い…), so every department keeps all of them.
 */
async function contactsFor(db: BcpDatabase, department: string | undefined): Promise<Contact[]> {
  const contacts = await db.contacts.toArray();
  if (department === undefined) return contacts;
  const named = new Set((await db.callTrees.toArray()).flatMap(contactIdsOf));
  return contacts.filter((c) => c.department === department || named.has(c.id));
}

export const contactsBinderSections: readonly BinderSection[] = [
  {
    ...chapter,
    titleKey: 'print.sections.contacts',
    table: 'contacts',
    department: 'filter',
    async load(db, { header, department }: BinderLoadContext) {
      const contacts = await contactsFor(db, department);
      return contacts.length > 0 ? [buildContactList({ context: header, contacts })] : [];
    },
  },
  {
    ...chapter,
    titleKey: 'print.sections.callTrees',
    table: 'callTrees',
    department: 'whole',
    async load(db, { header }) {
      const [trees, contacts] = await Promise.all([db.callTrees.orderBy('name').toArray(), db.contacts.toArray()]);
      return trees.length > 0 ? [buildCallTrees({ context: header, trees, contactsById: new Map(contacts.map((c) => [c.id, c])) })] : [];
    },
  },
];
