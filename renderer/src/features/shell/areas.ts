/**
 * Every area of the workbook (DESIGN.md), in menu order. `planned` areas show what they will hold instead of a
 * dead link; an issue that builds an area replaces its entry's `planned` flag with a screen in routes.tsx.
 */
export const areas = [
  { key: 'home', path: '/', planned: false },
  { key: 'contacts', path: '/contacts', planned: false },
  { key: 'callTrees', path: '/call-trees', planned: true },
  { key: 'paper', path: '/paper', planned: true },
  { key: 'systems', path: '/systems', planned: false },
  { key: 'network', path: '/network', planned: true },
  { key: 'backups', path: '/backups', planned: true },
  { key: 'runbooks', path: '/runbooks', planned: true },
  { key: 'incidents', path: '/incidents', planned: true },
  { key: 'accounts', path: '/accounts', planned: true },
  { key: 'drills', path: '/drills', planned: true },
  { key: 'plan', path: '/plan', planned: true },
  { key: 'checklist', path: '/checklist', planned: true },
  { key: 'actions', path: '/actions', planned: true },
  { key: 'audit', path: '/audit', planned: true },
  { key: 'print', path: '/print', planned: false },
  { key: 'settings', path: '/settings', planned: false },
] as const;

export type AreaKey = (typeof areas)[number]['key'];
export type PlannedAreaKey = Extract<(typeof areas)[number], { planned: true }>['key'];

export function pathOf(key: AreaKey): string {
  return areas.find((a) => a.key === key)?.path ?? '/';
}
