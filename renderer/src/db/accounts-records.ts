import type { AccountEvent } from '../domain/accounts/account-event';
import type { EmergencyAccount } from '../domain/accounts/emergency-account';

/** The emergency accounts area's tables (V1: emergencyAccounts, accountEvents) get their domain types here. */
declare module './database' {
  interface RecordTypes {
    emergencyAccounts: EmergencyAccount;
    accountEvents: AccountEvent;
  }
}
