import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';

type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * A live query for what the whole window stands on (settings, the facility, the sample banner): when a re-read fails
 * — storage broken mid-session, a disk pulled — it keeps the last value it read instead of throwing, so the menu and
 * the emergency button stay; the screens that read more fail in place (PartBoundary). `undefined` until the first read.
 */
export function useLastGoodLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const outcome = useLiveQuery(async (): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await query() };
    } catch (error) {
      console.warn('a live read failed; the last value read stays on screen', error);
      return { ok: false };
    }
  }, deps);
  const last = useRef<Outcome<T>>({ ok: false });
  if (outcome?.ok) last.current = outcome;
  return last.current.ok ? last.current.value : undefined;
}
