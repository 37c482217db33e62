import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pdfFileName } from '../../domain/print-file-name';
import { buildCallTrees, CALL_TREE_TITLE } from '../../pdf/documents/contacts/call-tree';
import { buildContactList, CONTACT_LIST_TITLE } from '../../pdf/documents/contacts/contact-list';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { APP_VERSION } from '../../workbook/app-version';
import { usePlanVersionInForce } from '../../workbook/usePlanVersionInForce';

/** Builders for the contact list and call-tree PDFs; they read the database when called, so a print is current. */
export function useContactPrints() {
  const { db, facility } = useWorkbook();
  const { i18n } = useTranslation();
  const planVersion = usePlanVersionInForce();

  const context = useCallback(() => {
    const printedAt = new Date();
    return {
      printedAt,
      context: {
        facilityName: facility?.name ?? i18n.getFixedT('ja')('topBar.facilityUnset'),
        version: APP_VERSION,
        printedAt,
        confidentialityLabel: facility?.confidentialityLabel,
        demo: facility?.demo === true,
      },
    };
  }, [facility, i18n]);

  const contactList = useCallback(async (): Promise<Printable> => {
    const contacts = await db.contacts.toArray();
    const { printedAt, context: ctx } = context();
    const demo = ctx.demo || contacts.some((c) => c.demo);
    return {
      doc: buildContactList({ context: { ...ctx, demo }, contacts }),
      fileName: pdfFileName(CONTACT_LIST_TITLE, ctx.facilityName, printedAt),
    };
  }, [db, context]);

  /** One tree, or all of them (each starting on a new page) when no id is given. */
  const callTrees = useCallback(
    async (id?: string): Promise<Printable | undefined> => {
      const [trees, contacts] = await Promise.all([id ? db.callTrees.where('id').equals(id).toArray() : db.callTrees.orderBy('name').toArray(), db.contacts.toArray()]);
      if (trees.length === 0) return undefined;
      const { printedAt, context: ctx } = context();
      const demo = ctx.demo || trees.some((t) => t.demo);
      const title = trees.length === 1 && trees[0] ? `${CALL_TREE_TITLE}_${trees[0].name}` : CALL_TREE_TITLE;
      return {
        doc: buildCallTrees({ context: { ...ctx, demo, planVersion }, trees, contactsById: new Map(contacts.map((c) => [c.id, c])) }),
        fileName: pdfFileName(title, ctx.facilityName, printedAt),
      };
    },
    [db, context, planVersion],
  );

  return { contactList, callTrees };
}
