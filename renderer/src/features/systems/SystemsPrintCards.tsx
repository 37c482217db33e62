import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { formatMonthDayTime } from '../../domain/date-text';
import { useSystemsPrints } from './useSystemsPrints';

export function InventoryPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useSystemsPrints();
  return <PrintCard job={job} title={t('systems.print.inventoryTitle')} prepare={prints.inventory} />;
}

export function BackupRegisterPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useSystemsPrints();
  return <PrintCard job={job} title={t('systems.print.backupsTitle')} prepare={prints.backupRegister} />;
}

export function RestoreOrderPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useSystemsPrints();
  return <PrintCard job={job} title={t('systems.print.restoreOrderTitle')} prepare={prints.restoreOrder} />;
}

/** One runbook's paper check-off sheet, chosen from the list. */
export function RunbookSheetPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const prints = useSystemsPrints();
  const runbooks = useLiveQuery(async () => (await db.runbooks.toArray()).sort((a, b) => a.title.localeCompare(b.title, 'ja')), [db]);
  const [chosen, setChosen] = useState('');
  const id = chosen || runbooks?.[0]?.id || '';
  return (
    <PrintCard job={job} title={t('systems.print.sheetTitle')} prepare={() => (id ? prints.runbookSheet(id) : undefined)}>
      {runbooks && runbooks.length > 0 ? (
        <label>
          {t('nav.runbooks')}{' '}
          <select value={id} onChange={(e) => setChosen(e.target.value)}>
            {runbooks.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">{t('systems.runbook.noneShort')}</p>
      )}
    </PrintCard>
  );
}

/** The record of one run, chosen from the most recent. */
export function RunRecordPrintCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db } = useWorkbook();
  const prints = useSystemsPrints();
  const runs = useLiveQuery(() => db.runbookRuns.orderBy('startedAt').reverse().limit(100).toArray(), [db]);
  const [chosen, setChosen] = useState('');
  const id = chosen || runs?.[0]?.id || '';
  if (!runs || runs.length === 0) return null;
  return (
    <PrintCard job={job} title={t('systems.print.runRecordTitle')} prepare={() => (id ? prints.runRecord(id) : undefined)}>
      <label>
        {t('systems.run.historyHeading')}{' '}
        <select value={id} onChange={(e) => setChosen(e.target.value)}>
          {runs.map((r) => (
            <option key={r.id} value={r.id}>
              {formatMonthDayTime(r.startedAt, i18n.language)} {r.title}
              {t('punct.parens', { text: t(`systems.run.kind.${r.kind}`) })}
            </option>
          ))}
        </select>
      </label>
    </PrintCard>
  );
}
