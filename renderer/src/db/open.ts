import { createDatabase, type BcpDatabase } from './database';
import { StorageError, toStorageError } from './errors';

/**
 * Open the workbook database. A copy held open by an older version of the app in another window `blocked`s the
 * upgrade: that becomes a StorageError the UI explains, instead of a window that never finishes loading.
 */
export async function openDatabase(name?: string): Promise<BcpDatabase> {
  const db = createDatabase(name);
  let blocked = false;
  db.on('blocked', () => {
    blocked = true;
  });
  try {
    await db.open();
    return db;
  } catch (error) {
    throw blocked ? new StorageError('blocked', error) : toStorageError(error);
  }
}
