import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../workbook/print/PrintButton';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useContactPrints } from './useContactPrints';

/** 印刷 screen: 緊急連絡先一覧. */
export function ContactListPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useContactPrints();
  return (
    <PrintCard job={job} title={t('contacts.printCard.list')} prepare={prints.contactList} buttonLabel={t('contacts.printCard.listButton')}>
      <p className="muted">{t('contacts.printCard.listHint')}</p>
    </PrintCard>
  );
}

/** 印刷 screen: every 連絡網 in one PDF, or one at a time. */
export function CallTreesPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const prints = useContactPrints();
  const trees = useLiveQuery(() => db.callTrees.orderBy('name').toArray(), [db]);
  return (
    <PrintCard job={job} title={t('contacts.printCard.trees')} prepare={() => prints.callTrees()} buttonLabel={t('contacts.callTrees.printAll')}>
      <p className="muted">{t('contacts.printCard.treesHint')}</p>
      {trees?.length === 0 && <p>{t('contacts.printCard.noTrees')}</p>}
      {trees && trees.length > 0 && (
        <div className="actions">
          {trees.map((tree) => (
            <PrintButton key={tree.id} job={job} label={t('contacts.printCard.tree', { name: tree.name })} prepare={() => prints.callTrees(tree.id)} />
          ))}
        </div>
      )}
    </PrintCard>
  );
}
