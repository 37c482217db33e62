import { addMonths } from '../../base/local-date';
import { eosMilestones, type EosMilestone, type SystemFields } from './system';

/**
 * End-of-sale / support / service warnings (R13, R16): 12, 6 and 3 months ahead, and once the date is reached.
 * A date is the last day something is offered, so on that day it counts as reached ('past').
 */
export const eosLevels = ['past', 'within3', 'within6', 'within12'] as const;
export type EosLevel = (typeof eosLevels)[number];

const WINDOWS: readonly (readonly [Exclude<EosLevel, 'past'>, number])[] = [
  ['within3', 3],
  ['within6', 6],
  ['within12', 12],
];

/** How close `date` is, seen on `today` (both 'YYYY-MM-DD'); null when further than 12 months or unknown. */
export function eosLevel(date: string, today: string): EosLevel | null {
  if (!date) return null;
  if (date <= today) return 'past';
  for (const [level, months] of WINDOWS) {
    if (date <= addMonths(today, months)) return level;
  }
  return null;
}

export interface EosWarning {
  milestone: EosMilestone;
  date: string;
  level: EosLevel;
}

/** 'past' is worst; sorts levels so the most urgent comes first. */
export function compareEosLevel(a: EosLevel, b: EosLevel): number {
  return eosLevels.indexOf(a) - eosLevels.indexOf(b);
}

export function eosWarnings(system: Pick<SystemFields, 'eos'>, today: string): EosWarning[] {
  const warnings: EosWarning[] = [];
  for (const milestone of eosMilestones) {
    const date = system.eos[milestone];
    const level = eosLevel(date, today);
    if (level) warnings.push({ milestone, date, level });
  }
  return warnings.sort((a, b) => compareEosLevel(a.level, b.level) || a.date.localeCompare(b.date));
}

/** What is missing for a device kept in use after its support ended (R16). */
export type LegacyWarning = 'noRiskAcceptance' | 'riskReviewDue';

export function legacyWarnings(system: Pick<SystemFields, 'eos' | 'riskAcceptance'>, today: string): LegacyWarning[] {
  const { endOfSupport, endOfService } = system.eos;
  const unsupported = (endOfSupport !== '' && endOfSupport <= today) || (endOfService !== '' && endOfService <= today);
  const risk = system.riskAcceptance;
  const warnings: LegacyWarning[] = [];
  if (unsupported && !risk.accepted) warnings.push('noRiskAcceptance');
  if (risk.accepted && risk.reviewDate !== '' && risk.reviewDate <= today) warnings.push('riskReviewDue');
  return warnings;
}

export type SupportStatus = 'supported' | 'endingSoon' | 'unsupported' | 'unknown';

/** One word for the inventory column: is the vendor still supporting it? */
export function supportStatus(system: Pick<SystemFields, 'eos'>, today: string): SupportStatus {
  const dates = [system.eos.endOfSupport, system.eos.endOfService].filter(Boolean);
  if (dates.length === 0) return 'unknown';
  const levels = dates.map((d) => eosLevel(d, today));
  if (levels.includes('past')) return 'unsupported';
  if (levels.some((l) => l !== null)) return 'endingSoon';
  return 'supported';
}

export interface SystemEosReport<S> {
  system: S;
  eos: EosWarning[];
  legacy: LegacyWarning[];
}

/** Every system that needs attention, most urgent first: what the home notice and the inventory summary show. */
export function eosReport<S extends Pick<SystemFields, 'eos' | 'riskAcceptance' | 'name'>>(systems: readonly S[], today: string): SystemEosReport<S>[] {
  return systems
    .map((system) => ({ system, eos: eosWarnings(system, today), legacy: legacyWarnings(system, today) }))
    .filter((r) => r.eos.length > 0 || r.legacy.length > 0)
    .sort((a, b) => {
      const worst = (r: SystemEosReport<S>) => (r.eos[0] ? eosLevels.indexOf(r.eos[0].level) : eosLevels.length);
      return worst(a) - worst(b) || (a.eos[0]?.date ?? '').localeCompare(b.eos[0]?.date ?? '') || a.system.name.localeCompare(b.system.name, 'ja');
    });
}
