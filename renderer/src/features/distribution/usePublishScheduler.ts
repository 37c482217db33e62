import { useEffect, useRef } from 'react';
import { CHECK_INTERVAL_MS, isPublishDue } from '../../domain/distribution/freshness';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { publishToFolders } from './copy-runner';

/** On the editing PC: at start and every hour, publish again into the folders whose copy predates the last change. */
export function usePublishScheduler(): void {
  const { db, settings } = useWorkbook();
  const running = useRef(false);
  const latest = useRef(settings);
  latest.current = settings;
  const active = settings.publishFolders.length > 0 && !settings.distributedCopy;
  useEffect(() => {
    if (!active) return;
    const look = async () => {
      const current = latest.current;
      if (running.current || current.distributedCopy) return;
      running.current = true;
      try {
        const lastChangeAt = (await db.auditLog.orderBy('seq').last())?.at;
        const due = current.publishFolders.filter((f) => isPublishDue(current.publishStatus[f]?.publishedAsOf, lastChangeAt));
        if (due.length > 0) await publishToFolders(db, due);
      } catch (error) {
        console.warn('scheduled publication failed', error);
      } finally {
        running.current = false;
      }
    };
    // Not at once: the first minutes after start belong to whoever opened the app in a hurry.
    const first = window.setTimeout(() => void look(), 60_000);
    const timer = window.setInterval(() => void look(), CHECK_INTERVAL_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [db, active]);
}
