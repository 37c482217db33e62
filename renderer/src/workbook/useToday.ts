import { useEffect, useState } from 'react';
import { toLocalDateString } from '../base/local-date';

/** Milliseconds from `now` until the next local midnight, when "today" changes on the wall calendar. */
export function msUntilNextLocalMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return midnight.getTime() - now.getTime();
}

/** Checked at least this often, so a clock set by hand or a PC woken from sleep is caught up within a minute. */
const LONGEST_WAIT_MS = 60_000;

/**
 * Today's local date 'YYYY-MM-DD', for every screen that judges "overdue" or "unverified": it rolls over at midnight,
 * so a PC left open overnight on the emergency home shows one today, the same on every notice.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => toLocalDateString(new Date()));
  useEffect(() => {
    let timer: number;
    const schedule = () => {
      // A little past midnight, so the new date is read after the clock has turned.
      const wait = Math.min(msUntilNextLocalMidnight(new Date()) + 50, LONGEST_WAIT_MS);
      timer = window.setTimeout(() => {
        setToday(toLocalDateString(new Date()));
        schedule();
      }, wait);
    };
    schedule();
    return () => window.clearTimeout(timer);
  }, []);
  return today;
}
