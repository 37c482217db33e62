import { emergencyLevelName, type EmergencyLevelChoice } from '../../domain/plan/emergency-level';

/** A procedure's emergency level by the facility's name for it (the plan's list of levels). */
export function LevelBadge({ level, levels }: { level: string; levels: readonly EmergencyLevelChoice[] }) {
  return <span className={`badge paper-level paper-level-${level}`}>{emergencyLevelName(levels, level)}</span>;
}
