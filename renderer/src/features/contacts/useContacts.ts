import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sortContacts, type Contact } from '../../domain/contacts/contact';
import { toLocalDateString } from '../../base/local-date';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** Every contact in 五十音 order, live; undefined while loading. */
export function useSortedContacts(): Contact[] | undefined {
  const { db } = useWorkbook();
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  return useMemo(() => (contacts ? sortContacts(contacts) : undefined), [contacts]);
}

/** Today's date as YYYY-MM-DD, fixed for the life of the screen (re-rendering at midnight is not needed). */
export function useToday(): string {
  return useMemo(() => toLocalDateString(new Date()), []);
}
