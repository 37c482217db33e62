/** 「さくら病院_バックアップ_20250601-0905.bcpbak」: a name Windows accepts, sortable by time. */
export function backupFileName(facilityName: string, at: Date): string {
  const safe = facilityName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '＿').trim().slice(0, 60) || 'ワークブック';
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}`;
  return `${safe}_バックアップ_${stamp}.bcpbak`;
}

/** Whether an incoming 配布用コピー may replace the current one: only a newer one does. */
export function compareCopyAge(currentAsOf: string | undefined, incomingAsOf: string): 'newer' | 'same' | 'older' {
  if (currentAsOf === undefined) return 'newer';
  const diff = Date.parse(incomingAsOf) - Date.parse(currentAsOf);
  return diff > 0 ? 'newer' : diff === 0 ? 'same' : 'older';
}
