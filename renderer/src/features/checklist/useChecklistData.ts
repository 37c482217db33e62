import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { fiscalYearBounds, fiscalYearOfDate } from '../../domain/checklist/fiscal-year';
import type { ChecklistAnswer } from '../../domain/checklist/answer';
import type { ChecklistSetFields } from '../../domain/checklist/item-set';
import type { VendorSheet } from '../../domain/checklist/vendor-sheet';
import type { EvidenceFinding, EvidenceTopic } from '../../workbook/feature-module';
import { useRegistry } from '../../workbook/registry';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { effectiveSets } from './shipped-sets';

export function useStartMonth(): number {
  return useWorkbook().facility?.fiscalYearStartMonth ?? 4;
}

/** The 年度 today is in. */
export function useCurrentFiscalYear(): number {
  return fiscalYearOfDate(useToday(), useStartMonth());
}

export function useChecklistSets(): ChecklistSetFields[] | undefined {
  const { db } = useWorkbook();
  const stored = useLiveQuery(() => db.checklistSets.toArray(), [db]);
  return useMemo(() => (stored ? effectiveSets(stored) : undefined), [stored]);
}

export function useAnswers(): ChecklistAnswer[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.checklistAnswers.toArray(), [db]);
}

export function useVendorSheets(): VendorSheet[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.vendorSheets.toArray(), [db]);
}

/** Every area's evidence findings for the 年度, by topic (re-read whenever the records change). */
export function useEvidence(fiscalYear: number): Map<EvidenceTopic, EvidenceFinding[]> | undefined {
  const { db } = useWorkbook();
  const { guidelineEvidence } = useRegistry();
  const today = useToday();
  const startMonth = useStartMonth();
  return useLiveQuery(async () => {
    const context = { today, fiscalYear: fiscalYearBounds(fiscalYear, startMonth) };
    const byTopic = new Map<EvidenceTopic, EvidenceFinding[]>();
    for (const rule of guidelineEvidence) {
      const findings = await rule.evaluate(db, context);
      byTopic.set(rule.topic, [...(byTopic.get(rule.topic) ?? []), ...findings]);
    }
    return byTopic;
  }, [db, guidelineEvidence, today, fiscalYear, startMonth]);
}
