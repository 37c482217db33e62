import type { RecordLink } from '../../domain/actions/follow-up-action';
import { pathOf, type AreaKey } from '../../workbook/areas';

/** The kinds of record an action can change, with the area that owns each table (for the link and the audit search). */
export const changeKinds = ['procedures', 'runbooks', 'formTemplates', 'contacts', 'callTrees', 'plan'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const AREA_OF_KIND: Record<ChangeKind, AreaKey> = {
  procedures: 'paper',
  runbooks: 'runbooks',
  formTemplates: 'paper',
  contacts: 'contacts',
  callTrees: 'callTrees',
  plan: 'plan',
};

/** The kind a linked record is shown as: its table, or a plan section for the plan's versions. */
export function changeKindOf(link: Pick<RecordLink, 'table'>): ChangeKind {
  return link.table in AREA_OF_KIND ? (link.table as ChangeKind) : 'plan';
}

/** A plan section is named, not picked: the plan area's records are found by table (any version changed counts). */
export const PLAN_TABLE = 'planVersions';
export const ANY_RECORD = '*';

export function planSectionLink(name: string): RecordLink {
  return { area: 'plan', table: PLAN_TABLE, recordId: ANY_RECORD, label: name.trim() };
}

/** Where a linked record is shown (route paths of the owning areas; an unknown table leads to its area). */
export function hrefOf(link: Pick<RecordLink, 'area' | 'table' | 'recordId'>): string {
  const id = encodeURIComponent(link.recordId);
  switch (link.table) {
    case 'procedures':
      return `${pathOf('paper')}/procedures/${id}`;
    case 'formTemplates':
      return `${pathOf('paper')}/forms/${id}`;
    case 'runbooks':
      return `${pathOf('runbooks')}/${id}`;
    case 'contacts':
      return `${pathOf('contacts')}/${id}`;
    case 'callTrees':
      return `${pathOf('callTrees')}/${id}`;
    case 'systems':
      return `${pathOf('systems')}/${id}`;
    case 'drills':
      return `${pathOf('drills')}/${id}`;
    case 'incidents':
      return `${pathOf('incidents')}/${id}`;
    default:
      return pathOf(link.area as AreaKey);
  }
}
