import { useLiveQuery } from 'dexie-react-hooks';
import { drillDue, type DrillDue } from '../../domain/drills/drill-due';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** When the next drill is due, live. */
export function useDrillDue(): DrillDue | undefined {
  const { db, settings } = useWorkbook();
  const today = useToday();
  return useLiveQuery(async () => drillDue(await db.drills.toArray(), settings.drillIntervalDays, today), [db, settings.drillIntervalDays, today]);
}
