import type { TFunction } from 'i18next';
import { formatAsOf } from '../../domain/distribution/as-of-text';

/** A reader's stored problem (`host:<code>`, `no-copy`, or a refusal code) as the sentence shown. */
export function readerProblemText(problem: string, asOf: string | undefined, t: TFunction, language: string): string {
  if (problem.startsWith('host:')) {
    const code = problem.slice(5);
    return t(`workbookBackup.hostError.${code}`, { defaultValue: t('workbookBackup.hostError.unknown') });
  }
  if (problem === 'no-copy') return t('distribution.reader.noCopy');
  return t(`distribution.refused.${problem}`, { asOf: asOf ? formatAsOf(asOf, language) : '', defaultValue: t('distribution.refused.tampered') });
}
