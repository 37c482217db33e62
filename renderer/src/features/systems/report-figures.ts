import { systemsPreparedness } from '../../domain/systems/report-figures';
import { withSystemDefaults } from '../../domain/systems/system';
import type { ManagementReportFigures } from '../../workbook/feature-module';

/** 経営層への報告: isolated backup generations, systems past EOS and runbooks drilled in the 年度. */
export const systemsReportFigures: ManagementReportFigures = {
  key: 'systems',
  async collect(db, { today, fiscalYear }) {
    const [systems, backups, runbooks, runs] = await Promise.all([db.systems.toArray(), db.backups.toArray(), db.runbooks.toArray(), db.runbookRuns.toArray()]);
    const asOf = today < fiscalYear.end ? today : fiscalYear.end;
    const f = systemsPreparedness({ systems: systems.map(withSystemDefaults), backups, runbookIds: runbooks.map((r) => r.id), runs }, fiscalYear, asOf);
    return [
      { key: 'systemsIsolatedBackup', labelKey: 'systems.reportFigures.isolatedBackup', value: f.withIsolatedBackup, total: f.systems },
      { key: 'systemsPastEos', labelKey: 'systems.reportFigures.pastEos', value: f.pastEos, total: f.systems },
      { key: 'runbooksDrilled', labelKey: 'systems.reportFigures.runbooksDrilled', value: f.runbooksDrilled, total: f.runbooks },
    ];
  },
};
