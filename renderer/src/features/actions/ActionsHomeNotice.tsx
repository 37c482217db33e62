import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOverdue } from '../../domain/actions/action-rules';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';

const SHOWN = 3;

/** On the emergency home: follow-up actions past their due date, the oldest due first. */
export function ActionsHomeNotice() {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const today = useToday();
  const overdue = useLiveQuery(async () => (await db.actions.where('dueDate').below(today).toArray()).filter((a) => isOverdue(a, today)).sort((a, b) => a.dueDate.localeCompare(b.dueDate)), [db, today]);
  if (!overdue || overdue.length === 0) return null;
  return (
    <div className="banner systems-warn systems-home-notice" role="status" data-testid="actions-home-notice">
      <ul>
        <li>
          <strong>{t('actions.home.overdue', { count: overdue.length })}</strong>{' '}
          {overdue.slice(0, SHOWN).map((a, i) => (
            <span key={a.id}>
              {i > 0 && t('punct.list')}
              <Link to={`/actions/${a.id}`}>{a.title}</Link>
            </span>
          ))}{' '}
          <Link to="/actions?overdue=1">{t('actions.home.open')}</Link>
        </li>
      </ul>
    </div>
  );
}
