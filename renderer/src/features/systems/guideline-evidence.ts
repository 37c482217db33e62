import { readSettings } from '../../db/settings';
import { backupsEvidence, eosEvidence, inventoryEvidence, runbooksEvidence } from '../../domain/systems/guideline-evidence';
import { withSystemDefaults } from '../../domain/systems/system';
import type { GuidelineEvidenceRule } from '../../workbook/feature-module';
import type { BcpDatabase } from '../../db/database';

const systemsOf = async (db: BcpDatabase) => (await db.systems.toArray()).map(withSystemDefaults);

/** The inventory, backups, runbooks and EOS as evidence for the guideline self-assessment. */
export const systemsEvidence: readonly GuidelineEvidenceRule[] = [
  { topic: 'inventory', key: 'systems-inventory', evaluate: async (db) => inventoryEvidence(await systemsOf(db)) },
  {
    topic: 'backups',
    key: 'systems-backups',
    evaluate: async (db, context) => backupsEvidence(await systemsOf(db), await db.backups.toArray(), context.today, (await readSettings(db)).testRestoreDays),
  },
  { topic: 'runbooks', key: 'systems-runbooks', evaluate: async (db) => runbooksEvidence(await systemsOf(db), await db.runbooks.toArray()) },
  { topic: 'eos', key: 'systems-eos', evaluate: async (db, context) => eosEvidence(await systemsOf(db), context.today) },
];
