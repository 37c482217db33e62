import { useCallback, useState } from 'react';
import { hasDemoData, loadDemoWorkbook, removeDemoData } from '../../db/demo';
import { useLastGoodLiveQuery } from '../../workbook/useLastGoodLiveQuery';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { fetchDemoWorkbook } from './demo-data';

export type DemoStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'loaded' }
  | { kind: 'removed'; count: number }
  | { kind: 'failed'; action: 'load' | 'remove' };

/** Load or remove the sample workbook; `present` follows the database live. */
export function useDemoData() {
  const { db, writer } = useWorkbook();
  const present = useLastGoodLiveQuery(() => hasDemoData(db), [db]) ?? false;
  const [status, setStatus] = useState<DemoStatus>({ kind: 'idle' });

  const load = useCallback(
    async (actor: string = writer.actor) => {
      setStatus({ kind: 'busy' });
      try {
        await loadDemoWorkbook(db, await fetchDemoWorkbook(), { actor });
        setStatus({ kind: 'loaded' });
      } catch (error) {
        console.warn('demo load failed', error);
        setStatus({ kind: 'failed', action: 'load' });
      }
    },
    [db, writer.actor],
  );

  const remove = useCallback(async () => {
    setStatus({ kind: 'busy' });
    try {
      const count = await removeDemoData(db, writer);
      setStatus({ kind: 'removed', count });
    } catch (error) {
      console.warn('demo removal failed', error);
      setStatus({ kind: 'failed', action: 'remove' });
    }
  }, [db, writer]);

  return { present, status, load, remove };
}
