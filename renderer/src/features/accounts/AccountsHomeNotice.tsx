import { useAccountsData, useAccountViews } from './useAccountsData';
import { AccountAlerts } from './AccountAlerts';

/** On the emergency home: openings with no incident, broken seals and overdue seal checks, in red. */
export function AccountsHomeNotice() {
  const data = useAccountsData();
  const viewed = useAccountViews(data);
  if (!viewed || viewed.alerts.length === 0) return null;
  return <AccountAlerts alerts={viewed.alerts} labels={new Map(viewed.views.map((v) => [v.account.id, v.label]))} testId="accounts-home-notice" />;
}
