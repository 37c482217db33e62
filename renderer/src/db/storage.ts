/** Whether the browser promised not to evict the workbook under storage pressure. */
export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
