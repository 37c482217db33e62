import { useEffect, useRef } from 'react';
import { CHECK_INTERVAL_MS } from '../../domain/distribution/freshness';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { checkReaderFolder } from './copy-runner';

/** On a reader PC: look at the paired folder at start and then every hour (one look at a time). */
export function useReaderScheduler(): void {
  const { db, settings, writer } = useWorkbook();
  const pairing = settings.readerPairing;
  const running = useRef(false);
  const latest = useRef({ pairing, actor: writer.actor });
  latest.current = { pairing, actor: writer.actor };
  const key = pairing ? `${pairing.folder}\u0000${pairing.fingerprint}` : '';
  useEffect(() => {
    if (!key) return;
    const look = async () => {
      const { pairing: current, actor } = latest.current;
      if (running.current || !current) return;
      running.current = true;
      try {
        await checkReaderFolder(db, current, actor);
      } finally {
        running.current = false;
      }
    };
    void look();
    const timer = window.setInterval(() => void look(), CHECK_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [db, key]);
}
