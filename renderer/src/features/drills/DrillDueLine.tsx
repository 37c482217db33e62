import { useTranslation } from 'react-i18next';
import type { DrillDue } from '../../domain/drills/drill-due';
import { formatStoredDate } from '../../domain/date-text';

/** The sentence saying when the next drill is due (or planned). */
export function DrillDueLine({ due }: { due: DrillDue }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | undefined) => formatStoredDate(d ?? '', i18n.language);
  if (due.state === 'never') return <>{t('drills.due.never')}</>;
  if (due.state === 'overdue') return <>{t('drills.due.overdue', { date: date(due.dueOn), last: date(due.lastHeldOn) })}</>;
  if (due.state === 'dueSoon') return <>{t('drills.due.dueSoon', { date: date(due.dueOn) })}</>;
  return <>{due.plannedOn ? t('drills.due.planned', { date: date(due.plannedOn) }) : t('drills.due.ok', { date: date(due.dueOn) })}</>;
}
