import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupReport, groupBySystem } from '../../domain/systems/backup-register';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { BackupTable } from './BackupTable';
import { PrintButton } from '../../workbook/print/PrintButton';
import { SystemsNav } from './SystemsNav';
import { useBackups, useSystems } from './useSystemsData';
import { useToday } from '../../workbook/useToday';
import { useSystemsPrints } from './useSystemsPrints';
import { backupWarningText } from './warnings';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** バックアップ台帳: each system's backup methods, and the systems whose backups would not survive an attack. */
export function BackupRegister() {
  const { t } = useTranslation();
  const { settings } = useWorkbook();
  const systems = useSystems();
  const backups = useBackups();
  const today = useToday();
  const prints = useSystemsPrints();
  if (!systems || !backups) return null;
  const bySystem = groupBySystem(backups);
  const gaps = backupReport(systems, backups, today, settings.testRestoreDays);

  return (
    <section className="systems-page" aria-labelledby="backups-heading">
      <SystemsNav />
      <h1 id="backups-heading">{t('nav.backups')}</h1>
      <p className="muted">
        {t('systems.backup.lead', { days: settings.testRestoreDays })} <Link to="/settings">{t('systems.backup.changeDays')}</Link>
      </p>
      <ReadOnlyNotice />
      <div className="actions systems-toolbar">
        <PrintButton label={t('systems.print.backups')} prepare={prints.backupRegister} />
      </div>
      {gaps.length > 0 && (
        <div className="banner systems-warn systems-warnings" role="status" data-testid="backup-gaps">
          <strong>{t('systems.backup.gapsHeading', { count: gaps.length })}</strong>
          <ul>
            {gaps.map((g) => (
              <li key={g.system.id}>
                <Link to={`/systems/${g.system.id}`}>{g.system.name}</Link>
                {t('punct.colon')}
                {g.warnings.map((w) => backupWarningText(t, w, settings.testRestoreDays)).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {systems.length === 0 && <p>{t('list.empty')}</p>}
      {systems.map((s) => (
        <div key={s.id} className="card">
          <h2>
            <Link to={`/systems/${s.id}`}>{s.name}</Link> <span className="muted systems-small">{t(`systemKind.${s.kind}`)}</span>
          </h2>
          <BackupTable system={s} backups={bySystem.get(s.id) ?? []} systems={systems} />
        </div>
      ))}
    </section>
  );
}
