import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sortContacts, type Contact } from '../../domain/contacts/contact';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** Every contact in 五十音 order, live; undefined while loading. */
export function useSortedContacts(): Contact[] | undefined {
  const { db } = useWorkbook();
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  return useMemo(() => (contacts ? sortContacts(contacts) : undefined), [contacts]);
}
