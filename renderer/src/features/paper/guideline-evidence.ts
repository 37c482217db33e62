import { paperEvidence } from '../../domain/paper/guideline-evidence';
import type { GuidelineEvidenceRule } from '../../workbook/feature-module';

/** Paper procedures and forms as evidence for the guideline self-assessment. */
export const paperGuidelineEvidence: readonly GuidelineEvidenceRule[] = [
  { topic: 'paper', key: 'paper-procedures', evaluate: async (db) => paperEvidence(await db.procedures.toArray(), await db.formTemplates.count()) },
];
