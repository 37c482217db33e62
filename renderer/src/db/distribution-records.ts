import type { PrintedCopy } from '../domain/distribution/printed-copy';

/** The printed-copy register's records join the workbook's typed tables (db/database.ts RecordTypes). */
declare module './database' {
  interface RecordTypes {
    printedCopies: PrintedCopy;
  }
}
