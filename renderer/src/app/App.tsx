import { useEffect, useRef } from 'react';
import { AppRoutes } from './routes';
import { featureModules, registry } from '../features/modules';
import { SYSTEM_ACTOR } from '../db/settings';
import { RegistryProvider } from '../workbook/registry';
import { FirstRun } from './first-run/FirstRun';
import { useWorkbook } from '../workbook/WorkbookContext';

const upgrades = featureModules.flatMap((m) => (m.upgradeStoredRecords ? [m.upgradeStoredRecords] : []));

export function App() {
  const { db, facility, canEdit } = useWorkbook();
  const open = facility !== undefined;
  const upgraded = useRef(false);
  useEffect(() => {
    // After the first screen is drawn, never before it: the emergency home must not wait for an upgrade. Once per
    // start: unlocking the edit lock later must not read every record again.
    if (!open || !canEdit || upgraded.current) return;
    upgraded.current = true;
    void (async () => {
      for (const upgrade of upgrades) {
        try {
          await upgrade(db, { actor: SYSTEM_ACTOR });
        } catch (error) {
          // The records stay as they were stored (the upgrade is one transaction); the next start tries again.
          console.warn('stored records were not upgraded', error);
        }
      }
    })();
  }, [db, open, canEdit]);
  return <RegistryProvider registry={registry}>{facility ? <AppRoutes /> : <FirstRun />}</RegistryProvider>;
}
