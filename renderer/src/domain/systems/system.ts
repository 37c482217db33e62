import { z } from 'zod';
import { isLocalDateString } from '../../base/local-date';
import type { RecordMeta } from '../record';

export const systemKinds = ['system', 'server', 'terminal', 'medicalDevice', 'networkDevice'] as const;
export type SystemKind = (typeof systemKinds)[number];

/** Japanese names, for the screen (ja) and paper alike; a new value has to be given one here. */
export const SYSTEM_KIND_JA: Record<SystemKind, string> = {
  system: 'システム',
  server: 'サーバ',
  terminal: '端末',
  medicalDevice: '医療機器',
  networkDevice: 'ネットワーク機器',
};

/** What a kind-'system' record is in the hospital's words (電子カルテ, オーダリング, …); '' when not said. */
export const systemCategories = ['ehr', 'ordering', 'billing', 'pacs', 'laboratory', 'pharmacy', 'foodService', 'logistics', 'other'] as const;
export type SystemCategory = (typeof systemCategories)[number];

export const SYSTEM_CATEGORY_JA: Record<SystemCategory, string> = {
  ehr: '電子カルテ',
  ordering: 'オーダリング',
  billing: '医事会計',
  pacs: 'PACS',
  laboratory: '検査',
  pharmacy: '薬剤',
  foodService: '給食',
  logistics: '物流',
  other: 'その他',
};

export const criticalityLevels = ['high', 'medium', 'low'] as const;
export type Criticality = (typeof criticalityLevels)[number];

export const CRITICALITY_JA: Record<Criticality, string> = { high: '高', medium: '中', low: '低' };

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

/** A date-only field: '' (not known) or a real local date 'YYYY-MM-DD'. */
export const optionalLocalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDateString(v), 'systems.validation.date')
  .default('');

const hours = z.number('systems.validation.number').min(0, 'systems.validation.notNegative').max(10_000, 'systems.validation.tooLarge').nullable().default(null);

export const eosMilestones = ['endOfSale', 'endOfSupport', 'endOfService'] as const;
export type EosMilestone = (typeof eosMilestones)[number];

const emptyEos = { endOfSale: '', endOfSupport: '', endOfService: '' };
const emptyMonitoring = { method: '', watchedBy: '' };
const emptyRemote = { present: false, route: '' };
const emptyRiskAcceptance = { accepted: false, compensatingControls: '', approver: '', acceptedOn: '', reviewDate: '' };

/**
 * One system or device of the inventory (R8, R10, R13, R16, R18). The original fields keep their names; every field
 * added later has a default, so records written before (and the demo workbook) still validate.
 */
export const systemSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  kind: z.enum(systemKinds),
  category: z.enum(['', ...systemCategories]).default(''),
  location: z
    .object({
      building: text(60),
      floor: text(20),
      room: text(60),
      rack: text(40),
    })
    .default({ building: '', floor: '', room: '', rack: '' }),
  /** The network segment (a record of the network area) it sits on; '' when not placed yet. */
  segmentId: z.string().default(''),
  vendorContactId: z.string().default(''),
  criticality: z.enum(criticalityLevels).default('medium'),
  /** 1 is restored first. Kept apart from criticality: a low-criticality DNS server may have to come back first. */
  restorePriority: z
    .number('systems.validation.number')
    .int('systems.validation.integer')
    .min(1, 'systems.validation.priorityRange')
    .max(999, 'systems.validation.priorityRange')
    .default(100),
  rtoHours: hours,
  rpoHours: hours,
  /** How liveness and performance are watched, and by whom (R10). */
  monitoring: z.object({ method: text(400), watchedBy: text(120) }).default(emptyMonitoring),
  /** Remote maintenance by the vendor and the path it takes (VPN, dial-up…): a way in that must be cut in an attack. */
  remoteMaintenance: z.object({ present: z.boolean().default(false), route: text(400) }).default(emptyRemote),
  /** End of sale / support / service (R13, R16). */
  eos: z.object({ endOfSale: optionalLocalDate, endOfSupport: optionalLocalDate, endOfService: optionalLocalDate }).default(emptyEos),
  /** Known vulnerabilities and where news about them comes from (R13). */
  vulnerabilityNotes: text(2000),
  /** A legacy device kept in use after EOS: the accepted risk, what compensates it, who approved, when to look again (R16). */
  riskAcceptance: z
    .object({
      accepted: z.boolean().default(false),
      compensatingControls: text(2000),
      approver: text(80),
      acceptedOn: optionalLocalDate,
      reviewDate: optionalLocalDate,
    })
    .default(emptyRiskAcceptance),
  /** The substitute device or paper operation while it is down. */
  substitute: text(1000),
  /** How the configuration is saved and put back (config export, golden image, vendor holds it…). */
  configurationBackup: text(1000),
  notes: text(4000),
});

/**
 * The rules across fields that make a record wrong, not just unusual. Kept out of systemSchema so it stays a plain
 * object schema the demo and import schemas can extend.
 */
export const validSystemSchema = systemSchema.superRefine((s, ctx) => {
  if (s.remoteMaintenance.present && !s.remoteMaintenance.route) {
    ctx.addIssue({ code: 'custom', path: ['remoteMaintenance', 'route'], message: 'systems.validation.remoteRouteRequired' });
  }
  const risk = s.riskAcceptance;
  if (risk.accepted) {
    if (!risk.compensatingControls) ctx.addIssue({ code: 'custom', path: ['riskAcceptance', 'compensatingControls'], message: 'systems.validation.controlsRequired' });
    if (!risk.approver) ctx.addIssue({ code: 'custom', path: ['riskAcceptance', 'approver'], message: 'systems.validation.approverRequired' });
    if (!risk.reviewDate) ctx.addIssue({ code: 'custom', path: ['riskAcceptance', 'reviewDate'], message: 'systems.validation.reviewDateRequired' });
  }
  if (risk.acceptedOn && risk.reviewDate && risk.reviewDate < risk.acceptedOn) {
    ctx.addIssue({ code: 'custom', path: ['riskAcceptance', 'reviewDate'], message: 'systems.validation.reviewBeforeAcceptance' });
  }
});

export type SystemFields = z.output<typeof systemSchema>;
export type InventorySystem = SystemFields & RecordMeta;

/** Things that are allowed but probably typed wrong; shown beside the form, they do not block saving. */
export type SystemFieldWarning = 'supportBeforeSale' | 'serviceBeforeSupport' | 'serviceBeforeSale';

export function systemFieldWarnings(s: Pick<SystemFields, 'eos'>): SystemFieldWarning[] {
  const { endOfSale, endOfSupport, endOfService } = s.eos;
  const warnings: SystemFieldWarning[] = [];
  if (endOfSale && endOfSupport && endOfSupport < endOfSale) warnings.push('supportBeforeSale');
  if (endOfSupport && endOfService && endOfService < endOfSupport) warnings.push('serviceBeforeSupport');
  else if (!endOfSupport && endOfSale && endOfService && endOfService < endOfSale) warnings.push('serviceBeforeSale');
  return warnings;
}

/**
 * A stored system with every newer field filled in. Records written before a field existed lack it; screens and
 * prints read through this so they never meet `undefined`.
 */
export function withSystemDefaults<T extends Partial<SystemFields> & { name: string; kind: SystemKind }>(record: T): T & SystemFields {
  const defaults = systemSchema.parse({ name: record.name || '-', kind: record.kind });
  return {
    ...defaults,
    ...record,
    location: { ...defaults.location, ...record.location },
    monitoring: { ...defaults.monitoring, ...record.monitoring },
    remoteMaintenance: { ...defaults.remoteMaintenance, ...record.remoteMaintenance },
    eos: { ...defaults.eos, ...record.eos },
    riskAcceptance: { ...defaults.riskAcceptance, ...record.riskAcceptance },
  };
}

/** 「本館 B1 サーバ室 R01」 */
export function formatLocation(location: SystemFields['location']): string {
  return [location.building, location.floor, location.room, location.rack].filter(Boolean).join(' ');
}

/** Systems in the order people look for them: restore priority, then name in Japanese collation. */
export function compareByPriority(a: Pick<SystemFields, 'restorePriority' | 'name'>, b: Pick<SystemFields, 'restorePriority' | 'name'>): number {
  return a.restorePriority - b.restorePriority || a.name.localeCompare(b.name, 'ja');
}
