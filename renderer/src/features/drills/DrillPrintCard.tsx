import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useDrillPrints } from './useDrillPrints';

/** 訓練報告書 on the 印刷 screen, one drill chosen from the newest. */
export function DrillPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const prints = useDrillPrints();
  const drills = useLiveQuery(() => db.drills.orderBy('scheduledFor').reverse().toArray(), [db]);
  const [chosen, setChosen] = useState('');
  if (!drills || drills.length === 0) return null;
  const id = chosen || drills[0]?.id || '';
  return (
    <PrintCard job={job} title={t('drills.print.cardTitle')} prepare={() => (id ? prints.report(id) : undefined)}>
      <label>
        {t('drills.heading')}{' '}
        <select value={id} onChange={(e) => setChosen(e.target.value)}>
          {drills.map((d) => (
            <option key={d.id} value={d.id}>
              {d.heldOn || d.scheduledFor} {d.title}
            </option>
          ))}
        </select>
      </label>
    </PrintCard>
  );
}
