/** Every area of the workbook (DESIGN.md), in menu order. Whether an area is built yet is derived from the feature modules. */
export const areas = [
  { key: 'home', path: '/' },
  { key: 'contacts', path: '/contacts' },
  { key: 'callTrees', path: '/call-trees' },
  { key: 'paper', path: '/paper' },
  { key: 'systems', path: '/systems' },
  { key: 'network', path: '/network' },
  { key: 'backups', path: '/backups' },
  { key: 'runbooks', path: '/runbooks' },
  { key: 'incidents', path: '/incidents' },
  { key: 'accounts', path: '/accounts' },
  { key: 'drills', path: '/drills' },
  { key: 'plan', path: '/plan' },
  { key: 'checklist', path: '/checklist' },
  { key: 'actions', path: '/actions' },
  { key: 'audit', path: '/audit' },
  { key: 'print', path: '/print' },
  { key: 'settings', path: '/settings' },
] as const;

export type AreaKey = (typeof areas)[number]['key'];

const coreAreas = ['home', 'print', 'settings'] as const;
/** Areas the shell itself provides. */
export const CORE_AREAS: ReadonlySet<AreaKey> = new Set(coreAreas);
/** An area some feature module builds; until it does, the menu shows its plan (`areaPlan.<key>`). */
export type ModuleAreaKey = Exclude<AreaKey, (typeof coreAreas)[number]>;
export const isModuleArea = (key: AreaKey): key is ModuleAreaKey => !CORE_AREAS.has(key);

export function pathOf(key: AreaKey): string {
  return areas.find((a) => a.key === key)?.path ?? '/';
}
