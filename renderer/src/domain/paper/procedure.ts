import { z } from 'zod';
import type { RecordMeta } from '../record';

/**
 * 紙運用手順 (R7): how one department keeps working on paper, from the moment it switches to the moment it is
 * back on the system with everything entered afterwards.
 */

/** The departments every hospital has in some form; the facility's own list is added to these. */
export const STANDARD_DEPARTMENTS = ['外来受付', '会計', '病棟', '薬剤', '検査', '放射線', '手術', '救急', '給食', '医事'] as const;

/**
 * Emergency levels a procedure is switched on at. The screen shows the labels from i18n; printed documents
 * use EMERGENCY_LEVEL_LABELS (Japanese).
 */
export const emergencyLevels = ['partial', 'core', 'total'] as const;
export type EmergencyLevel = (typeof emergencyLevels)[number];

export const EMERGENCY_LEVEL_LABELS: Record<EmergencyLevel, string> = {
  partial: 'レベル1 部分停止',
  core: 'レベル2 基幹システム停止',
  total: 'レベル3 全面停止・サイバー攻撃',
};

/** The standard list followed by the facility's own departments, without repeats, in that order. */
export function departmentChoices(facilityDepartments: readonly string[] = []): string[] {
  return [...new Set([...STANDARD_DEPARTMENTS, ...facilityDepartments.map((d) => d.trim()).filter(Boolean)])];
}

const markupText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

/** One numbered step: who does it and what (text in the step markup, see step-markup.ts). */
export const procedureStepSchema = z.object({
  role: z.string().trim().max(60, 'validation.tooLong').default(''),
  text: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
});
export type ProcedureStep = z.output<typeof procedureStepSchema>;

const steps = z.array(procedureStepSchema).max(80, 'validation.tooLong').default([]);

export const procedureSchema = z.object({
  department: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  title: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  /**
   * The lowest level at which this procedure starts: an id of the facility's emergency levels (db/emergency-levels.ts),
   * by default one of the three below.
   */
  level: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  /** 切替の判断: when to switch to paper and who decides. */
  trigger: markupText(2000),
  steps,
  /** 必要物品. */
  supplies: markupText(2000),
  /** Form templates used (ids of formTemplates). */
  formIds: z.array(z.string().min(1)).max(60).default([]),
  /** 事後入力: who enters what, in which order, after recovery. */
  backEntrySteps: steps,
  /** How the paper is kept as the original record (原本の保管). */
  paperOriginal: markupText(2000),
  /** 通常運用への復帰. */
  returnSteps: steps,
});

export type ProcedureFields = z.output<typeof procedureSchema>;
export type Procedure = ProcedureFields & RecordMeta;

/** Procedures in the order a binder lists them: department (standard order first), then level, then title. */
export function compareProcedures(departmentOrder: readonly string[]) {
  const rank = (department: string) => {
    const i = departmentOrder.indexOf(department);
    return i < 0 ? departmentOrder.length : i;
  };
  return (a: Pick<Procedure, 'department' | 'level' | 'title'>, b: Pick<Procedure, 'department' | 'level' | 'title'>): number =>
    rank(a.department) - rank(b.department) ||
    a.department.localeCompare(b.department, 'ja') ||
    emergencyLevels.indexOf(a.level as EmergencyLevel) - emergencyLevels.indexOf(b.level as EmergencyLevel) ||
    a.title.localeCompare(b.title, 'ja');
}
