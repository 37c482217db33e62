import { z } from 'zod';

/** 稼働状況 (HICS 251): one status per system, changed in one click; the last change and who made it are kept. */
export const systemStatuses = ['up', 'degraded', 'down', 'isolated', 'restored'] as const;
export type SystemStatus = (typeof systemStatuses)[number];
export const SYSTEM_STATUS_JA: Record<SystemStatus, string> = { up: '稼働', degraded: '一部停止', down: '停止', isolated: '隔離', restored: '復旧' };

export const systemStatusEntrySchema = z.object({
  systemId: z.string().min(1),
  status: z.enum(systemStatuses),
  at: z.iso.datetime(),
  by: z.string().max(100).default(''),
});
export type SystemStatusEntry = z.output<typeof systemStatusEntrySchema>;

/** A system is 稼働 until someone says otherwise. */
export function statusOf(entries: ReadonlyMap<string, SystemStatusEntry>, systemId: string): SystemStatus {
  return entries.get(systemId)?.status ?? 'up';
}

export function setSystemStatus(entries: readonly SystemStatusEntry[], next: SystemStatusEntry): SystemStatusEntry[] {
  return [...entries.filter((e) => e.systemId !== next.systemId), next];
}

/** Counts at the top of the board, over every system of the inventory. */
export function statusCounts(systemIds: readonly string[], entries: readonly SystemStatusEntry[]): Record<SystemStatus, number> {
  const byId = new Map(entries.map((e) => [e.systemId, e]));
  const counts: Record<SystemStatus, number> = { up: 0, degraded: 0, down: 0, isolated: 0, restored: 0 };
  for (const id of systemIds) counts[statusOf(byId, id)] += 1;
  return counts;
}

/** Still to bring back: not running normally. */
export const needsRestore = (status: SystemStatus) => status === 'degraded' || status === 'down' || status === 'isolated';
