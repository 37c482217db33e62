import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readEmergencyLevels } from '../../db/emergency-levels';
import type { Contact } from '../../domain/contacts/contact';
import type { EmergencyLevelChoice } from '../../domain/plan/emergency-level';
import { planState, type PlanVersion } from '../../domain/plan/plan-version';
import { useWorkbook } from '../../workbook/WorkbookContext';

export interface PlanData {
  inForce?: PlanVersion;
  draft?: PlanVersion;
  /** Every version, newest first. */
  history: PlanVersion[];
  levels: readonly EmergencyLevelChoice[];
  contacts: Contact[];
}

/** The plan's versions, the facility's levels and the contacts roles are chosen from; undefined while loading. */
export function usePlanData(): PlanData | undefined {
  const { db } = useWorkbook();
  const versions = useLiveQuery(() => db.planVersions.toArray(), [db]);
  const levels = useLiveQuery(() => readEmergencyLevels(db), [db]);
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  return useMemo(() => {
    if (!versions || !levels || !contacts) return undefined;
    return { ...planState(versions), levels, contacts: [...contacts].sort((a, b) => (a.furigana || a.name).localeCompare(b.furigana || b.name, 'ja')) };
  }, [versions, levels, contacts]);
}
