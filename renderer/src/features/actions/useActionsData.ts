import { useLiveQuery } from 'dexie-react-hooks';
import { compareActions } from '../../domain/actions/action-rules';
import type { FollowUpAction } from '../../domain/actions/follow-up-action';
import type { Contact } from '../../domain/contacts/contact';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** Every action, open first and by due date. */
export function useActions(): FollowUpAction[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(async () => (await db.actions.toArray()).sort(compareActions), [db]);
}

/** Contacts in フリガナ order, for the owner choices and names. */
export function useContactsByName(): Contact[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.contacts.orderBy('furigana').toArray(), [db]);
}
