import type { TFunction } from 'i18next';
import { MAX_PAGES_PER_PRINT } from '../../domain/paper/downtime-kit';
import { formatBlock } from '../../domain/paper/temporary-patient-ids';
import type { SheetRun } from '../../pdf/documents/paper/form';
import type { PrintJobState } from '../../workbook/print/usePrintJob';

/**
 * What the paper prints tell staff around a job: a job too large to render is refused before any temporary ID is
 * reserved, and IDs reserved for a job that never reached a saved PDF are reported so they can be written off.
 */

/** The refusal for a job of `pages` pages, or null when it may print. */
export function pageLimitProblem(t: TFunction, pages: number): string | null {
  if (pages <= MAX_PAGES_PER_PRINT) return null;
  return t('paper.print.tooManyPages', { pages: pages.toLocaleString('ja-JP'), max: MAX_PAGES_PER_PRINT.toLocaleString('ja-JP') });
}

/** The numbers a job reserved, per form: 「仮患者番号台帳 仮-000501〜仮-000510」. */
export function reservedRanges(runs: readonly SheetRun[]): string[] {
  return runs.flatMap((run) => (run.form.numbering && run.block && run.block.count > 0 ? [`${run.form.title} ${formatBlock(run.form.numbering, run.block)}`] : []));
}

/** The notice for reserved numbers when a job ended without a saved PDF; null while it runs or once it saved. */
export function voidedIdsNotice(t: TFunction, outcome: PrintJobState['kind'], ranges: readonly string[]): string | null {
  if (ranges.length === 0 || (outcome !== 'failed' && outcome !== 'cancelled' && outcome !== 'stopped')) return null;
  return t('paper.print.idsVoid', { ranges: ranges.join('、') });
}
