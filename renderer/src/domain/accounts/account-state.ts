import { compareEvents, type AccountEvent, type AccountEventFields, type AccountEventKind } from './account-event';

/**
 * The state of an emergency account, folded from its events (a pure state machine):
 * 封印中 → 開封 → 開封済 → 使用 → 使用中 → 返却 → 開封済 → 変更・再封印 → 変更・再封印済 → 開封 …, and 廃止 from anywhere, for good.
 * A seal check is made on a sealed credential; a broken seal counts as an opening (it must be changed and resealed).
 */
export const accountStates = ['sealed', 'opened', 'inUse', 'resealed', 'retired'] as const;
export type AccountState = (typeof accountStates)[number];

export const ACCOUNT_STATE_JA: Record<AccountState, string> = {
  sealed: '封印中',
  opened: '開封済',
  inUse: '使用中',
  resealed: '変更・再封印済',
  retired: '廃止',
};

/** States in which the credential is in its envelope. */
export const SEALED_STATES: ReadonlySet<AccountState> = new Set(['sealed', 'resealed']);

export type AccountEventRefusal = 'inFuture' | 'beforeLast' | 'retired' | 'alreadyOpen' | 'notOpened' | 'notSealed' | 'sameSeal' | 'nothingToReview' | 'alreadyReviewed';

/** An event out of order; the message (accounts.refusal.<code>) says what to record first. */
export class AccountEventError extends Error {
  constructor(readonly code: AccountEventRefusal) {
    super(`account event refused: ${code}`);
    this.name = 'AccountEventError';
  }
}

type Fold = Pick<AccountEvent, 'kind' | 'sealIntact' | 'at' | 'createdAt'>;

function next(state: AccountState, event: Fold): AccountState {
  switch (event.kind) {
    case 'opened':
      return 'opened';
    case 'used':
      return 'inUse';
    case 'returned':
      return 'opened';
    case 'resealed':
      return 'resealed';
    case 'retired':
      return 'retired';
    case 'sealCheck':
      return event.sealIntact ? state : 'opened';
    case 'reviewed':
      return state;
  }
}

/** The account's state after its events, folded in ledger order whatever order they were read in (storage order is by id). */
export function accountState(events: readonly Fold[]): AccountState {
  return [...events].sort(compareEvents).reduce<AccountState>((state, event) => next(state, event), 'sealed');
}

/** Which event kinds may be recorded next; the screen offers only these. */
export function allowedEventKinds(state: AccountState): readonly AccountEventKind[] {
  switch (state) {
    case 'sealed':
    case 'resealed':
      return ['opened', 'sealCheck', 'resealed', 'retired'];
    case 'opened':
      return ['used', 'resealed', 'retired'];
    case 'inUse':
      return ['used', 'returned', 'resealed', 'retired'];
    case 'retired':
      return [];
  }
}

/** Events a review answers: an opening with no incident or drill, and a seal found broken. */
export function needsReview(event: Pick<AccountEventFields, 'kind' | 'incidentId' | 'sealIntact'>): boolean {
  return (event.kind === 'opened' && !event.incidentId) || (event.kind === 'sealCheck' && !event.sealIntact);
}

/**
 * Refuse `event` if it cannot follow `history` (the account's events so far); `currentSeal` is the number on the
 * envelope now. Throws AccountEventError; returns nothing when it may be recorded.
 */
export function checkEvent(history: readonly AccountEvent[], event: AccountEventFields, currentSeal: string, now: Date): void {
  // A few minutes of slack: the time field is typed to the minute, and PC clocks drift.
  if (Date.parse(event.at) > now.getTime() + 5 * 60_000) throw new AccountEventError('inFuture');
  if (event.kind === 'reviewed') {
    const target = history.find((e) => e.id === event.reviewOf);
    if (!target || !needsReview(target)) throw new AccountEventError('nothingToReview');
    if (history.some((e) => e.kind === 'reviewed' && e.reviewOf === target.id)) throw new AccountEventError('alreadyReviewed');
    return;
  }
  const sorted = [...history].sort(compareEvents);
  // The ledger is read in time order: a line slipped in before the last one would rewrite what followed it.
  const last = sorted.filter((e) => e.kind !== 'reviewed').at(-1);
  if (last && Date.parse(event.at) < Date.parse(last.at)) throw new AccountEventError('beforeLast');
  const state = accountState(sorted);
  if (state === 'retired') throw new AccountEventError('retired');
  if (event.kind === 'resealed' && event.newSealNumber.trim() === currentSeal.trim()) throw new AccountEventError('sameSeal');
  if (allowedEventKinds(state).includes(event.kind)) return;
  if (event.kind === 'opened') throw new AccountEventError('alreadyOpen');
  if (event.kind === 'sealCheck') throw new AccountEventError('notSealed');
  throw new AccountEventError('notOpened');
}

/** The opening the account's current use belongs to (its incident is the one later events are written on), if open. */
export function currentOpening(events: readonly AccountEvent[]): AccountEvent | undefined {
  const sorted = [...events].sort(compareEvents);
  let opening: AccountEvent | undefined;
  for (const e of sorted) {
    if (e.kind === 'opened' || (e.kind === 'sealCheck' && !e.sealIntact)) opening = e;
    if (e.kind === 'resealed' || e.kind === 'retired') opening = undefined;
  }
  return opening;
}
