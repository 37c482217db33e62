/**
 * What the guideline self-assessment's items cite as evidence (each item of the shipped sets names its topics). Here,
 * not in workbook/feature-module.ts, so the item sets can validate a file's topics and each area's rules stay pure.
 */
export const evidenceTopics = ['inventory', 'network', 'remoteMaintenance', 'callTrees', 'contacts', 'backups', 'runbooks', 'eos', 'plan', 'drills', 'incidents', 'emergencyAccounts', 'actions', 'paper'] as const;
export type EvidenceTopic = (typeof evidenceTopics)[number];

/** One thing a rule saw: for or against the item, in words with a link to the records. */
export interface EvidenceFinding {
  verdict: 'supports' | 'contradicts';
  /** i18n key of the sentence, with `values` filled in (e.g. 「EOS を過ぎたシステム 2 件（リスク受容なし 1 件）」). */
  messageKey: string;
  values?: Record<string, string | number>;
  /** Where the records are, e.g. `/systems?filter=eos`. */
  href?: string;
}

export interface EvidenceContext {
  /** YYYY-MM-DD. */
  today: string;
  /** The 年度 being answered, as YYYY-MM-DD bounds (start inclusive, end inclusive). */
  fiscalYear: { start: string; end: string };
}

