import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import '../../db/accounts-records';
import { listIncidents } from '../../db/incidents-store';
import { compareEvents, type AccountEvent } from '../../domain/accounts/account-event';
import { accountState, type AccountState } from '../../domain/accounts/account-state';
import type { EmergencyAccount } from '../../domain/accounts/emergency-account';
import { registerAlerts, type AccountAlert } from '../../domain/accounts/misuse';
import { accountLabel } from '../../domain/accounts/timeline-text';
import type { Contact } from '../../domain/contacts/contact';
import type { Incident } from '../../domain/incidents/incident';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';

export interface AccountsData {
  accounts: EmergencyAccount[];
  events: AccountEvent[];
  systemNames: ReadonlyMap<string, string>;
  contacts: Contact[];
  incidents: Incident[];
}

/** Everything the area's screens show, read live (systems, contacts and incidents are only read here). */
export function useAccountsData(): AccountsData | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(async () => {
    const [accounts, events, systems, contacts, incidents] = await Promise.all([
      db.emergencyAccounts.toArray(),
      db.accountEvents.toArray(),
      db.systems.toArray(),
      db.contacts.toArray(),
      listIncidents(db),
    ]);
    const systemNames = new Map(systems.map((s) => [s.id, s.name]));
    const label = (a: EmergencyAccount) => accountLabel(a, systemNames.get(a.systemId));
    return { accounts: accounts.sort((a, b) => label(a).localeCompare(label(b), 'ja')), events: events.sort(compareEvents), systemNames, contacts, incidents };
  }, [db]);
}

export interface AccountView {
  account: EmergencyAccount;
  label: string;
  state: AccountState;
  events: AccountEvent[];
  alerts: AccountAlert[];
}

/** Each account with its label, state, ledger and alerts, and the register's alerts in order. */
export function useAccountViews(data: AccountsData | undefined): { views: AccountView[]; alerts: AccountAlert[] } | undefined {
  const { settings } = useWorkbook();
  const today = useToday();
  return useMemo(() => {
    if (!data) return undefined;
    const alerts = registerAlerts(data.accounts, data.events, today, settings.accountSealCheckDays);
    const views = data.accounts.map((account) => {
      const events = data.events.filter((e) => e.accountId === account.id);
      return { account, label: accountLabel(account, data.systemNames.get(account.systemId)), state: accountState(events), events, alerts: alerts.filter((a) => a.accountId === account.id) };
    });
    return { views, alerts };
  }, [data, today, settings.accountSealCheckDays]);
}
