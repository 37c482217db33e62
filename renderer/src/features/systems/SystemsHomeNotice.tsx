import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupReport } from '../../domain/systems/backup-register';
import { eosReport } from '../../domain/systems/eos';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useBackups, useSystems } from './useSystemsData';
import { useToday } from '../../workbook/useToday';

const SHOWN = 5;

/** On the emergency home: systems past or near their EOS, and systems whose backups would not survive an attack. */
export function SystemsHomeNotice() {
  const { t } = useTranslation();
  const { settings } = useWorkbook();
  const systems = useSystems();
  const backups = useBackups();
  const today = useToday();
  const report = useMemo(() => {
    if (!systems || !backups) return undefined;
    const eos = eosReport(systems, today);
    return {
      eosPast: eos.filter((r) => r.eos.some((w) => w.level === 'past') || r.legacy.length > 0),
      eosNear: eos.filter((r) => !r.eos.some((w) => w.level === 'past') && r.legacy.length === 0),
      backups: backupReport(systems, backups, today, settings.testRestoreDays),
    };
  }, [systems, backups, today, settings.testRestoreDays]);
  if (!report || (report.eosPast.length === 0 && report.eosNear.length === 0 && report.backups.length === 0)) return null;
  const list = (items: readonly { system: { id: string; name: string } }[]) => (
    <>
      {items.slice(0, SHOWN).map((r, i) => (
        <span key={r.system.id}>
          {i > 0 && t('punct.list')}
          <Link to={`/systems/${r.system.id}`}>{r.system.name}</Link>
        </span>
      ))}
      {items.length > SHOWN && t('systems.home.more', { count: items.length - SHOWN })}
    </>
  );
  return (
    <div className="banner systems-warn systems-home-notice" role="status" data-testid="systems-home-notice">
      <ul>
        {report.eosPast.length > 0 && (
          <li>
            <strong>{t('systems.home.eosPast', { count: report.eosPast.length })}</strong> {list(report.eosPast)}
          </li>
        )}
        {report.eosNear.length > 0 && (
          <li>
            {t('systems.home.eosNear', { count: report.eosNear.length })} {list(report.eosNear)}
          </li>
        )}
        {report.backups.length > 0 && (
          <li>
            <strong>{t('systems.home.backups', { count: report.backups.length })}</strong> {list(report.backups)} <Link to="/backups">{t('systems.home.openBackups')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
