import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { BcpDatabase } from '../db/database';
import { requestPersistentStorage, type PersistenceState } from '../db/storage';
import { Repository, type WriteContext } from '../db/repository';
import { readSettings, writeSetting, type Settings } from '../db/settings';
import { FACILITY_ID, type Facility } from '../domain/facility';
import { useEditLock, type EditLock } from './useEditLock';
import { useLastGoodLiveQuery } from './useLastGoodLiveQuery';

export interface Workbook {
  db: BcpDatabase;
  facility: Facility | undefined;
  settings: Settings;
  persistence: PersistenceState;
  /** The write context for the person at the keyboard (the name entered at first run or chosen in the top bar). */
  writer: WriteContext;
  repositories: {
    facility: Repository<'facility'>;
    contacts: Repository<'contacts'>;
    systems: Repository<'systems'>;
  };
  setCurrentUser(name: string): Promise<void>;
  emergencyMode: boolean;
  setEmergencyMode(on: boolean): void;
  /**
   * Whether this PC may change the workbook now. Every edit control must respect it (read-only stays fully
   * usable for consulting and printing). The edit lock and distributed copies turn it off.
   */
  canEdit: boolean;
  /** The optional 管理者パスフレーズ lock (workbook/useEditLock.ts). */
  editLock: EditLock;
}

const WorkbookContext = createContext<Workbook | null>(null);

export function useWorkbook(): Workbook {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error('useWorkbook outside WorkbookProvider');
  return workbook;
}

interface Props {
  db: BcpDatabase;
  initialSettings: Settings;
  children: ReactNode;
}

export function WorkbookProvider({ db, initialSettings, children }: Props) {
  const [persistence, setPersistence] = useState<PersistenceState>('unsupported');
  useEffect(() => {
    // Asked at start, not awaited: the emergency home must not wait for the browser's answer.
    void requestPersistentStorage().then(setPersistence);
  }, []);
  const settings = useLastGoodLiveQuery(() => readSettings(db), [db]) ?? initialSettings;
  // `null` while loading is told apart from `undefined` (no facility yet) so first-run never flashes.
  const facility = useLastGoodLiveQuery(async () => (await db.facility.get(FACILITY_ID)) ?? null, [db]);
  const [emergencyMode, setEmergencyMode] = useState(false);

  const repositories = useMemo(
    () => ({ facility: new Repository(db, 'facility'), contacts: new Repository(db, 'contacts'), systems: new Repository(db, 'systems') }),
    [db],
  );
  const { canEdit, ...editLock } = useEditLock(db, settings);
  const writer = useMemo<WriteContext>(() => ({ actor: settings.currentUser }), [settings.currentUser]);

  const setCurrentUser = useCallback(
    async (name: string) => {
      const trimmed = name.trim();
      if (!trimmed) return;
      const known = settings.knownUsers.includes(trimmed) ? settings.knownUsers : [...settings.knownUsers, trimmed].slice(-100);
      await writeSetting(db, 'currentUser', trimmed, { actor: trimmed });
      await writeSetting(db, 'knownUsers', known, { actor: trimmed });
    },
    [db, settings.knownUsers],
  );

  if (facility === undefined) return null;
  const value: Workbook = {
    db,
    facility: facility ?? undefined,
    settings,
    persistence,
    writer,
    repositories,
    setCurrentUser,
    emergencyMode,
    setEmergencyMode,
    canEdit,
    editLock,
  };
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}
