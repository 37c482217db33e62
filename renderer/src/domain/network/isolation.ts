import type { LinkFields } from './link';
import type { SegmentFields } from './segment';

/**
 * The stages of the isolation plan in the order the MHLW guidance gives for containment: first the path to the
 * backups (so they survive), then every path to the outside (the attacker's way in and out, remote maintenance
 * lines among them), then the boundaries between the hospital's own segments.
 */
export const isolationStages = ['backup', 'external', 'boundary'] as const;
export type IsolationStage = (typeof isolationStages)[number];

export const ISOLATION_STAGE_JA: Record<IsolationStage, string> = {
  backup: 'バックアップへの経路',
  external: '外部との接続',
  boundary: 'セグメント間の境界',
};

type LinkForPlan = Pick<LinkFields, 'name' | 'fromSegmentId' | 'toSegmentId' | 'outside' | 'remoteMaintenance' | 'cutOrder'> & { id: string };
type SegmentForPlan = Pick<SegmentFields, 'purpose'> & { id: string };

export function isolationStage(link: LinkForPlan, segments: ReadonlyMap<string, SegmentForPlan>): IsolationStage {
  const touchesBackup = [link.fromSegmentId, link.toSegmentId].some((id) => segments.get(id)?.purpose === 'backup');
  if (touchesBackup) return 'backup';
  if (link.outside || link.remoteMaintenance) return 'external';
  return 'boundary';
}

export interface PlannedCut<L extends LinkForPlan = LinkForPlan> {
  /** 1, 2, 3… over the whole plan. */
  number: number;
  stage: IsolationStage;
  link: L;
}

/**
 * 遮断計画: every link, ordered by stage, then by the hospital's own order within the stage, then remote maintenance
 * lines before other outside links (a vendor's VPN was the way in in past incidents), then by name.
 */
export function isolationPlan<L extends LinkForPlan>(links: readonly L[], segments: readonly SegmentForPlan[]): PlannedCut<L>[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  return links
    .map((link) => ({ link, stage: isolationStage(link, byId) }))
    .sort(
      (a, b) =>
        isolationStages.indexOf(a.stage) - isolationStages.indexOf(b.stage) ||
        a.link.cutOrder - b.link.cutOrder ||
        Number(b.link.remoteMaintenance) - Number(a.link.remoteMaintenance) ||
        a.link.name.localeCompare(b.link.name, 'ja'),
    )
    .map((cut, i) => ({ ...cut, number: i + 1 }));
}

/** The cuts of the plan that cut the segment off from everything it is linked to, in plan order. */
export function cutsIsolating<L extends LinkForPlan>(plan: readonly PlannedCut<L>[], segmentId: string): PlannedCut<L>[] {
  return plan.filter((cut) => cut.link.fromSegmentId === segmentId || cut.link.toSegmentId === segmentId);
}
