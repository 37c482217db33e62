import { z } from 'zod';
import { isLocalDateString } from '../../base/local-date';
import type { RecordMeta } from '../record';
import { approvalProblems, approvalSchema, type Approval } from './approval';

/**
 * 計画 (R1 R3 R17): the information-systems BCP, in the chapters of the MHLW ひな形 (DOMAIN-NOTES §1.3), each written in
 * the step markup (domain/step-markup.ts). The emergency levels are not copied into a version: they are the facility's
 * one list (table emergencyLevels) that procedures and incidents refer to by id.
 */

const markup = (max = 4000) => z.string().trim().max(max, 'validation.tooLong').default('');
const short = (max = 120) => z.string().trim().max(max, 'validation.tooLong').default('');
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDateString(v), 'validation.date')
  .default('');

/** One row of the 役割表 (ひな形 2.1.2): the role, the department, and the person from contacts. */
export const planRoleSchema = z.object({
  role: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  department: short(80),
  contactId: z.string().default(''),
  /** The holder's name as printed (copied from the contact, so the plan still reads right if the contact changes). */
  personName: short(80),
  duties: short(400),
});
export type PlanRole = z.output<typeof planRoleSchema>;

/** The roles the ひな形 names; a new plan lists them for the facility to fill. */
export const STANDARD_PLAN_ROLES = ['最高責任者', '医療情報システム安全管理責任者', 'CSIRT メンバー', '事業継続担当'] as const;

export const measureStatuses = ['done', 'inProgress', 'planned'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
export const MEASURE_STATUS_JA: Record<MeasureStatus, string> = { done: '実施済み', inProgress: '実施中', planned: '未実施' };

/** A technical measure of the cyber-attack response plan (R3) and where it stands. */
export const technicalMeasureSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  status: z.enum(measureStatuses).default('planned'),
  note: short(400),
});
export type TechnicalMeasure = z.output<typeof technicalMeasureSchema>;

/** Where the facility follows threat and vulnerability news (医療セプター, ISAC, vendors' notices; R13 R17). */
export const informationSourceSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  howToCheck: short(400),
  /** YYYY-MM-DD it was last read, or empty (未確認). */
  lastCheckedOn: optionalDate,
});
export type InformationSource = z.output<typeof informationSourceSchema>;

/** The hospital-wide BCP this plan must agree with: its title, owner and where it is kept. */
export const hospitalBcpSchema = z.object({ title: short(200), owner: short(120), location: short(200) });

export const planSectionsSchema = z.object({
  purpose: markup(),
  scope: markup(),
  documentControl: markup(),
  organisation: markup(),
  roles: z.array(planRoleSchema).max(60, 'validation.tooLong').default([]),
  emergencyLevels: markup(),
  returnCriteria: markup(),
  cyberResponse: markup(),
  measures: z.array(technicalMeasureSchema).max(60, 'validation.tooLong').default([]),
  securityPolicy: markup(),
  informationSources: z.array(informationSourceSchema).max(40, 'validation.tooLong').default([]),
  hospitalBcp: hospitalBcpSchema.default({ title: '', owner: '', location: '' }),
});
export type PlanSections = z.output<typeof planSectionsSchema>;

/** The sections in the order of the ひな形, as the screen, the PDF and the diff show them. */
export const planSectionKeys = ['purpose', 'scope', 'documentControl', 'organisation', 'emergencyLevels', 'returnCriteria', 'cyberResponse', 'securityPolicy', 'hospitalBcp'] as const;
export type PlanSectionKey = (typeof planSectionKeys)[number];

export const PLAN_SECTION_JA: Record<PlanSectionKey, string> = {
  purpose: '1. 目的と基本方針',
  scope: '2. 適用範囲と想定する事象',
  documentControl: '3. 文書の管理',
  organisation: '4. 体制と役割',
  emergencyLevels: '5. 非常時レベルと発動基準',
  returnCriteria: '6. 通常運用への復帰の判断基準',
  cyberResponse: '7. サイバー攻撃への対応計画',
  securityPolicy: '8. 情報セキュリティ方針と情報収集',
  hospitalBcp: '9. 病院全体の BCP との関係',
};

export const planStatuses = ['draft', 'approved', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const PLAN_STATUS_JA: Record<PlanStatus, string> = { draft: '案', approved: '承認済み', superseded: '旧版' };

/** 版 as the facility numbers it: 「1.0」「1.1」「2.0」. */
export const versionNumberSchema = z.string().trim().regex(/^\d{1,3}\.\d{1,3}$/, 'plan.validation.versionNumber');

export const planVersionSchema = z.object({
  version: versionNumberSchema,
  status: z.enum(planStatuses),
  /** 改訂の概要: what this version changes. */
  summary: short(400),
  sections: planSectionsSchema,
  approval: approvalSchema.optional(),
  /** When the approved version is superseded, the date the next one was approved. */
  supersededOn: z.string().default(''),
});
export type PlanVersionFields = z.output<typeof planVersionSchema>;
export type PlanVersion = RecordMeta & PlanVersionFields;

/** What the editor submits for a draft. */
export const planDraftSchema = z.object({ version: versionNumberSchema, summary: short(400), sections: planSectionsSchema });
export type PlanDraft = z.output<typeof planDraftSchema>;

/** The next draft's number after `version`: the minor number goes up (1.0 → 1.1, 1.9 → 1.10). */
export function nextVersionNumber(version: string): string {
  const [major = '1', minor = '0'] = version.split('.');
  return `${Number(major)}.${Number(minor) + 1}`;
}

/** Compare 版 numbers as numbers (1.10 after 1.9). */
export function compareVersionNumbers(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Only a draft is ever changed: an approved version is kept as approved, a superseded one is history. */
export function isEditable(version: Pick<PlanVersion, 'status'>): boolean {
  return version.status === 'draft';
}

export class PlanVersionError extends Error {
  constructor(readonly reason: 'notDraft' | 'superseded' | 'approval' | 'draftExists', readonly problems: readonly string[] = []) {
    super(`plan version: ${reason}`);
    this.name = 'PlanVersionError';
  }
}

/** The versions' state after approving `draft`: it becomes approved, the version in force until then superseded. */
export function approveVersion<V extends Pick<PlanVersion, 'id' | 'status' | 'approval' | 'supersededOn'>>(versions: readonly V[], draftId: string, approval: Approval, today: string): V[] {
  const draft = versions.find((v) => v.id === draftId);
  if (!draft) throw new PlanVersionError('notDraft');
  if (draft.status === 'superseded') throw new PlanVersionError('superseded');
  if (draft.status !== 'draft') throw new PlanVersionError('notDraft');
  const problems = approvalProblems(approval, today);
  if (problems.length > 0) throw new PlanVersionError('approval', problems);
  return versions
    .filter((v) => v.id === draftId || v.status === 'approved')
    .map((v) => (v.id === draftId ? { ...v, status: 'approved', approval } : { ...v, status: 'superseded', supersededOn: approval.approvedOn }));
}

/** The fields of the next draft, started from the version in force when someone edits an approved plan. */
export function nextDraftFrom(approved: Pick<PlanVersion, 'version' | 'sections' | 'status'>): PlanVersionFields {
  if (approved.status === 'superseded') throw new PlanVersionError('superseded');
  return { version: nextVersionNumber(approved.version), status: 'draft', summary: '', sections: structuredClone(approved.sections), supersededOn: '' };
}

/** The version in force (approved), the draft being written, and the history, newest first. */
export function planState<V extends Pick<PlanVersion, 'status' | 'version'>>(versions: readonly V[]): { inForce?: V; draft?: V; history: V[] } {
  const history = [...versions].sort((a, b) => compareVersionNumbers(b.version, a.version));
  return { inForce: history.find((v) => v.status === 'approved'), draft: history.find((v) => v.status === 'draft'), history };
}

/** 「第1.0版（2026-04-01 承認）」: how printed documents name the plan version in force. */
export function planVersionLabel(inForce: Pick<PlanVersion, 'version' | 'approval'> | undefined): string {
  if (!inForce) return '';
  return inForce.approval ? `計画 第${inForce.version}版（${inForce.approval.approvedOn} 承認）` : `計画 第${inForce.version}版`;
}
