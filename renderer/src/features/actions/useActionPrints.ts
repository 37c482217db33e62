import { dataKey } from '../../i18n/typed-keys';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocalDateString } from '../../base/local-date';
import { compareActions, type ActionFilter } from '../../domain/actions/action-rules';
import type { FollowUpAction } from '../../domain/actions/follow-up-action';
import { pdfFileName } from '../../domain/print-file-name';
import { ACTION_LIST_TITLE, buildActionList } from '../../pdf/documents/actions/action-list';
import type { BcpDatabase } from '../../db/database';
import type { PrintContext } from '../../domain/print-context';
import type { PdfDocument } from '../../pdf/frame';

type ActionListHeader = Omit<PrintContext, 'documentTitle'>;
import { APP_VERSION } from '../../workbook/app-version';
import type { Printable } from '../../workbook/print/PrintCard';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** 対応事項一覧: every action (or those shown with the list's filters), with owners and where each came from. */
export async function actionListDocument(db: BcpDatabase, header: ActionListHeader, ja: (key: string) => string, shown?: readonly FollowUpAction[], filter?: ActionFilter): Promise<PdfDocument> {
  const actions = shown ? [...shown] : (await db.actions.toArray()).sort(compareActions);
  const contacts = await db.contacts.toArray();
  const sourceNames = Object.fromEntries(['drills', 'incidents', 'checklist', 'systems', 'contacts', 'plan', 'paper', 'runbooks'].map((a) => [a, ja(`actions.source.${a}`)]));
  const filterText = filter
    ? [
        filter.status === 'openAll' ? ja('actions.filter.openAll') : filter.status ? ja(`actions.status.${filter.status}`) : '',
        filter.ownerContactId ? (contacts.find((c) => c.id === filter.ownerContactId)?.name ?? '') : '',
        filter.overdueOnly ? ja('actions.filter.overdue') : '',
        filter.source ? ja(`actions.source.${filter.source}`) : '',
      ]
        .filter(Boolean)
        .join('・')
    : '';
  return buildActionList({ header, actions, owners: new Map(contacts.map((c) => [c.id, c.name])), sourceNames, today: toLocalDateString(header.printedAt), filterText });
}

/** The printed list: every action from the 印刷 screen, or what the list's filters show from the list itself. */
export function useActionPrints() {
  const { db, facility } = useWorkbook();
  const { i18n } = useTranslation();
  const ja = useCallback((key: string) => i18n.getFixedT('ja')(dataKey(key)), [i18n]);
  return useMemo(
    () => ({
      async list(shown?: readonly FollowUpAction[], filter?: ActionFilter): Promise<Printable | undefined> {
        if (!facility) return undefined;
        const printedAt = new Date();
        const header = { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt, demo: facility.demo === true };
        const doc = await actionListDocument(db, header, ja, shown, filter);
        return { doc, fileName: pdfFileName(ACTION_LIST_TITLE, facility.name, printedAt) };
      },
    }),
    [db, facility, ja],
  );
}
