import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../db/accounts-records';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useAccountsPrints } from './useAccountsPrints';

/** 非常用アカウント台帳 (取扱注意). */
export function AccountRegisterPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useAccountsPrints();
  return <PrintCard job={job} title={t('accounts.print.registerTitle')} prepare={prints.register} />;
}

/** 開封記録簿 to keep beside the safe: blank, or with the recorded openings; for one account or all. */
export function OpeningLedgerPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const prints = useAccountsPrints();
  const accounts = useLiveQuery(() => db.emergencyAccounts.toArray(), [db]);
  const [accountId, setAccountId] = useState('');
  const [withRecords, setWithRecords] = useState(false);
  return (
    <PrintCard job={job} title={t('accounts.print.ledgerTitle')} prepare={() => prints.ledger(accountId, withRecords)}>
      <label>
        {t('accounts.print.account')}{' '}
        <select value={accountId} onChange={(e) => setAccountId(e.target.value)}>
          <option value="">{t('accounts.print.allAccounts')}</option>
          {(accounts ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="systems-check">
        <input type="checkbox" checked={withRecords} onChange={(e) => setWithRecords(e.target.checked)} /> {t('accounts.print.withRecords')}
      </label>
    </PrintCard>
  );
}
