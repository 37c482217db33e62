/** Default confidentiality mark; matches the facility schema's default. */
export const DEFAULT_CONFIDENTIALITY_LABEL = '取扱注意';

/** What every printed page states about itself (DESIGN.md principle 3). */
export interface PrintContext {
  facilityName: string;
  documentTitle: string;
  /** Workbook revision or app version, shown in the footer as 「版」. */
  version: string;
  /**
   * The plan version in force when printed (「計画 第1.0版（2026-04-01 承認）」, planVersionLabel), shown after the
   * version on documents the plan governs: procedures, runbooks, call trees.
   */
  planVersion?: string;
  printedAt: Date;
  /** Defaults to 「取扱注意」 when absent or blank. */
  confidentialityLabel?: string;
  /** Demo data: every page is marked 「サンプルデータ」 so it is never mistaken for the real plan. */
  demo: boolean;
}
