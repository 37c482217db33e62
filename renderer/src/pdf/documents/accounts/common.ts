import type { AccountEvent } from '../../../domain/accounts/account-event';
import type { AccountState } from '../../../domain/accounts/account-state';
import type { EmergencyAccount } from '../../../domain/accounts/emergency-account';
import type { AccountAlert } from '../../../domain/accounts/misuse';
import type { PrintContext } from '../../../domain/print-context';

/** What every accounts document is told about the print: the frame without its title. */
export type AccountsPrintHeader = Omit<PrintContext, 'documentTitle'>;

/**
 * An account as printed. Built from the record field by field, never spread from it, so nothing the record may
 * gain later reaches paper unnoticed; there is no password to print in the first place.
 */
export interface PrintableAccount {
  systemName: string;
  name: string;
  scope: string;
  purpose: string;
  storagePlace: string;
  sealNumber: string;
  lastConfirmed: string;
  custodian: string;
  openers: string;
  procedure: string;
  state: AccountState;
  alerts: readonly AccountAlert['kind'][];
  events: readonly AccountEvent[];
}

export function printableAccount(
  account: EmergencyAccount,
  extra: Pick<PrintableAccount, 'systemName' | 'lastConfirmed' | 'custodian' | 'state' | 'alerts' | 'events'>,
): PrintableAccount {
  return {
    systemName: extra.systemName,
    name: account.name,
    scope: account.scope,
    purpose: account.purpose,
    storagePlace: account.storagePlace,
    sealNumber: account.sealNumber,
    lastConfirmed: extra.lastConfirmed,
    custodian: extra.custodian,
    openers: account.openers,
    procedure: account.procedure,
    state: extra.state,
    alerts: extra.alerts,
    events: extra.events,
  };
}

/** A small-print cell. */
export function small(text: string): { text: string; fontSize: number } {
  return { text: text || '—', fontSize: 8 };
}

/** Every accounts document says this under its title: it is for the information-systems lead only. */
export const HANDLE_WITH_CARE = '取扱注意：非常用アカウントの情報です。関係者以外に見せない・複製しない。パスワードはこの文書に記載しません。';
