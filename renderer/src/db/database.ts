import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/audit/audit-entry';
import type { SystemBackup } from '../domain/systems/backup-register';
import type { Drill } from '../domain/drills/drill';
import type { FollowUpAction } from '../domain/actions/follow-up-action';
import type { Incident } from '../domain/incidents/incident';
import type { TimelineEntry } from '../domain/incidents/timeline';
import type { EmergencyLevelRecord } from '../domain/plan/emergency-level';
import type { ChecklistAnswer } from '../domain/checklist/answer';
import type { ChecklistSet } from '../domain/checklist/item-set';
import type { VendorSheet } from '../domain/checklist/vendor-sheet';
import type { PlanVersion } from '../domain/plan/plan-version';
import type { CallTree } from '../domain/contacts/call-tree';
import type { Contact } from '../domain/contacts/contact';
import type { Facility } from '../domain/facility';
import type { FormTemplate } from '../domain/paper/form-template';
import type { Procedure } from '../domain/paper/procedure';
import type { RecordMeta } from '../domain/record';
import type { Runbook } from '../domain/systems/runbook';
import type { RunbookRun } from '../domain/systems/runbook-run';
import type { InventorySystem } from '../domain/systems/system';
import { migrateFreeTextSegments } from '../domain/network/segment-migration';
import { appendToTrail } from './audit-trail';
import type { NetworkLink } from '../domain/network/link';
import type { NetworkSegment } from '../domain/network/segment';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, type RecordTableName } from './schema';

/** Aggregates whose issues have not landed yet: stored as opaque records until their domain types exist. */
export type PendingRecord = RecordMeta & Record<string, unknown>;

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface RecordTypes {
  facility: Facility;
  contacts: Contact;
  procedures: Procedure;
  formTemplates: FormTemplate;
  callTrees: CallTree;
  systems: InventorySystem;
  backups: SystemBackup;
  runbooks: Runbook;
  runbookRuns: RunbookRun;
  incidents: Incident;
  incidentEvents: TimelineEntry;
  drills: Drill;
  actions: FollowUpAction;
  emergencyLevels: EmergencyLevelRecord;
  segments: NetworkSegment;
  links: NetworkLink;
  checklistAnswers: ChecklistAnswer;
  checklistSets: ChecklistSet;
  vendorSheets: VendorSheet;
  planVersions: PlanVersion;
}
export type RecordOf<T extends RecordTableName> = T extends keyof RecordTypes ? RecordTypes[T] : PendingRecord;

export type BcpDatabase = Dexie & { [T in RecordTableName]: EntityTable<RecordOf<T>, 'id'> } & {
  auditLog: EntityTable<AuditEntry, 'seq'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Create (not open) the workbook database. Tests pass a unique name per test. */
export function createDatabase(name: string = DATABASE_NAME): BcpDatabase {
  const db = new Dexie(name, { autoOpen: false }) as BcpDatabase;
  db.version(1).stores(SCHEMA_V1);
  // Version 2 adds the tables of the areas built after 1 (see schema.ts), and systems choose a segment record instead
  // of typing its name: the same pure step as a version-1 backup's restore (migrations.ts).
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const { systems, segments, audit } = migrateFreeTextSegments(await tx.table('systems').toArray(), await tx.table('segments').toArray(), new Date().toISOString());
      await tx.table('segments').bulkPut(segments);
      await tx.table('systems').bulkPut(systems);
      // Chained onto the trail inside the upgrade transaction: the records and their audit rows land together or not at all.
      await appendToTrail(tx.table('auditLog'), audit);
    });
  return db;
}
