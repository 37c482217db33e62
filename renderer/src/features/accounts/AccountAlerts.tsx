import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountAlert } from '../../domain/accounts/misuse';
import { formatStoredDate } from '../../domain/date-text';
import { useWorkbook } from '../../workbook/WorkbookContext';

interface Props {
  alerts: readonly AccountAlert[];
  /** Account labels by id. */
  labels: ReadonlyMap<string, string>;
  /** Link each line to its account (on the home and the register; not on the account itself). */
  linked?: boolean;
  testId: string;
}

/** The red list of misuse and overdue seal checks (R6 detection), the same on the home, the register and the account. */
export function AccountAlerts({ alerts, labels, linked = true, testId }: Props) {
  const { t, i18n } = useTranslation();
  const { settings } = useWorkbook();
  if (alerts.length === 0) return null;
  return (
    <div className="banner error accounts-alerts" role="alert" data-testid={testId}>
      <strong>{t('accounts.alerts.heading')}</strong>
      <ul>
        {alerts.map((a) => {
          const name = labels.get(a.accountId) ?? '';
          const sentence = t(`accounts.alerts.${a.kind}`, { name, since: formatStoredDate(a.since, i18n.language), days: settings.accountSealCheckDays });
          return (
            <li key={`${a.kind}-${a.eventId ?? a.accountId}`}>
              {linked ? <Link to={`/accounts/${a.accountId}`}>{sentence}</Link> : sentence}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
