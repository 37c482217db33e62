import type { AccountEventFields } from './account-event';
import { ACCOUNT_EVENT_KIND_JA } from './account-event';

/**
 * The line an account event writes on its incident's 経過記録 (stored text, in the hospital's language like the rest
 * of the timeline), e.g. 「非常用アカウント 電子カルテシステム／管理者代行 を開封（理由：…／立会：…）」.
 */
export function accountTimelineText(event: AccountEventFields, accountLabel: string): string {
  const parts: string[] = [];
  if (event.kind === 'opened') parts.push(`理由：${event.detail}`, event.witness && `立会：${event.witness}`);
  if (event.kind === 'used') parts.push(event.detail);
  if (event.kind === 'resealed') parts.push(`新しい封印番号：${event.newSealNumber}`, `変更者：${event.changedBy}`);
  if (event.kind === 'retired' || event.kind === 'returned') parts.push(event.detail);
  const detail = parts.filter(Boolean).join('／');
  return `非常用アカウント ${accountLabel} を${ACCOUNT_EVENT_KIND_JA[event.kind]}${detail ? `（${detail}）` : ''}`;
}

/** How an account is named in lists, messages and the timeline: 「電子カルテシステム／管理者代行」. */
export function accountLabel(account: { name: string }, systemName: string | undefined): string {
  return systemName ? `${systemName}／${account.name}` : account.name;
}
