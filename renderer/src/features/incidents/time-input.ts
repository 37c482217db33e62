/** The value of an <input type="datetime-local"> (local wall clock, minutes) for an instant, and back. */
const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** '' for an empty or malformed value. */
export function fromLocalInput(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return '';
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** 「3時間25分」 style elapsed time, whole minutes; days beyond 48 hours. */
export function elapsedParts(fromIso: string, now: Date): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.floor((now.getTime() - Date.parse(fromIso)) / 60_000));
  const days = total >= 48 * 60 ? Math.floor(total / (24 * 60)) : 0;
  const rest = total - days * 24 * 60;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}
