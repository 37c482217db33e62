import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DrillDueLine } from './DrillDueLine';
import { useDrillDue } from './useDrillDue';

/** On the emergency home: the next drill is due soon, overdue, or was never held (R2: at least once a year). */
export function DrillsHomeNotice() {
  const { t } = useTranslation();
  const due = useDrillDue();
  if (!due || due.state === 'ok') return null;
  return (
    <div className="banner systems-warn systems-home-notice" role="status" data-testid="drills-home-notice">
      <ul>
        <li>
          <strong>
            <DrillDueLine due={due} />
          </strong>{' '}
          <Link to="/drills">{t('drills.due.open')}</Link>
        </li>
      </ul>
    </div>
  );
}
