import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { Repository } from '../../db/repository';
import type { SystemBackup } from '../../domain/systems/backup-register';
import type { Contact } from '../../domain/contacts/contact';
import type { Runbook } from '../../domain/systems/runbook';
import { compareByPriority, withSystemDefaults, type InventorySystem } from '../../domain/systems/system';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** The inventory in restore-priority order, every record with its newer fields filled in. */
export function useSystems(): InventorySystem[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(async () => (await db.systems.toArray()).map(withSystemDefaults).sort(compareByPriority), [db]);
}

export function useBackups(): SystemBackup[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.backups.toArray(), [db]);
}

export function useRunbooks(): Runbook[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.runbooks.toArray(), [db]);
}

/** Segment names by id: segments are owned by the network area; this area only reads them to show and choose one. */
export function useSegmentNames(): Map<string, string> | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(async () => new Map((await db.segments.toArray()).map((s) => [s.id, s.name])), [db]);
}

/** Contacts are owned by the contacts area; this area only reads them to link a vendor. */
export function useContacts(): Contact[] | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(() => db.contacts.toArray(), [db]);
}

export function useSystemsRepositories() {
  const { db, repositories } = useWorkbook();
  return useMemo(
    () => ({
      systems: repositories.systems,
      backups: new Repository(db, 'backups'),
      runbooks: new Repository(db, 'runbooks'),
      runs: new Repository(db, 'runbookRuns'),
    }),
    [db, repositories.systems],
  );
}

/** A live clock for running runbooks: ticks every second while `active`. */
export function useNow(active: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    if (!active) return;
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}
