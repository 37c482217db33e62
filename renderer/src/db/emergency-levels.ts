import { DEFAULT_EMERGENCY_LEVELS, type EmergencyLevelChoice } from '../domain/plan/emergency-level';
import type { BcpDatabase } from './database';

/** The facility's emergency levels, lowest first; the procedures' three levels until the facility writes its own. */
export async function readEmergencyLevels(db: BcpDatabase): Promise<readonly EmergencyLevelChoice[]> {
  const own = await db.emergencyLevels.orderBy('rank').toArray();
  return own.length > 0 ? own : DEFAULT_EMERGENCY_LEVELS;
}
