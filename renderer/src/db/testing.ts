import { createDatabase, type BcpDatabase } from './database';

let counter = 0;

/** A fresh, opened database per test (fake-indexeddb is set up globally by vitest.config.ts). */
export async function freshDatabase(): Promise<BcpDatabase> {
  const db = createDatabase(`test-${Date.now()}-${counter++}`);
  await db.open();
  return db;
}
