import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupReport } from '../../domain/systems/backup-register';
import { eosReport, supportStatus } from '../../domain/systems/eos';
import { matchesQuery } from '../../domain/search';
import { formatLocation, systemKinds, type SystemKind } from '../../domain/systems/system';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { contactLabel, hoursLabel } from './format';
import { PrintButton } from '../../workbook/print/PrintButton';
import { SystemsNav } from './SystemsNav';
import { useBackups, useContacts, useSegmentNames, useSystems } from './useSystemsData';
import { useToday } from '../../workbook/useToday';
import { useSystemsPrints } from './useSystemsPrints';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/** システム台帳: every system and device in restore-priority order, with what needs attention. */
export function SystemsList() {
  const { t } = useTranslation();
  const { canEdit, settings } = useWorkbook();
  const systems = useSystems();
  const backups = useBackups();
  const contacts = useContacts();
  const segmentNames = useSegmentNames();
  const today = useToday();
  const prints = useSystemsPrints();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SystemKind | ''>('');

  const vendors = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts]);
  const attention = useMemo(() => {
    if (!systems || !backups) return new Map<string, number>();
    const counts = new Map<string, number>();
    for (const r of eosReport(systems, today)) counts.set(r.system.id, r.eos.length + r.legacy.length);
    for (const r of backupReport(systems, backups, today, settings.testRestoreDays)) counts.set(r.system.id, (counts.get(r.system.id) ?? 0) + r.warnings.length);
    return counts;
  }, [systems, backups, today, settings.testRestoreDays]);

  if (!systems) return null;
  const shown = systems.filter(
    (s) => (kind === '' || s.kind === kind) && (query.trim() === '' || matchesQuery(query, [s.name, segmentNames?.get(s.segmentId) ?? '', formatLocation(s.location), contactLabel(vendors.get(s.vendorContactId))])),
  );

  return (
    <section className="systems-page" aria-labelledby="systems-heading">
      <SystemsNav />
      <h1 id="systems-heading">{t('nav.systems')}</h1>
      <p className="muted">{t('systems.list.lead')}</p>
      <ReadOnlyNotice />
      <div className="actions systems-toolbar">
        {canEdit && (
          <Link className="button" to="/systems/new">
            {t('systems.list.add')}
          </Link>
        )}
        <PrintButton label={t('systems.print.inventory')} prepare={prints.inventory} />
      </div>
      <div className="actions systems-filters">
        <label>
          <span className="visually-hidden">{t('systems.list.search')}</span>
          <input type="search" placeholder={t('systems.list.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {t('systems.field.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as SystemKind | '')}>
            <option value="">{t('systems.list.allKinds')}</option>
            {systemKinds.map((k) => (
              <option key={k} value={k}>
                {t(`systemKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {systems.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="systems-table">
            <thead>
              <tr>
                <th>{t('list.restorePriority')}</th>
                <th>{t('list.name')}</th>
                <th>{t('list.kind')}</th>
                <th>{t('list.location')}</th>
                <th>{t('list.segment')}</th>
                <th>{t('list.criticality')}</th>
                <th>{t('systems.field.rto')}</th>
                <th>{t('systems.field.vendor')}</th>
                <th>{t('systems.field.support')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => {
                const status = supportStatus(s, today);
                const warnings = attention.get(s.id) ?? 0;
                return (
                  <tr key={s.id}>
                    <td className="systems-num">{s.restorePriority}</td>
                    <td>
                      <Link to={`/systems/${s.id}`}>{s.name}</Link> {s.demo && <DemoBadge />}
                      {warnings > 0 && <span className="badge systems-attention">{t('systems.list.attention', { count: warnings })}</span>}
                    </td>
                    <td>
                      {t(`systemKind.${s.kind}`)}
                      {s.category && <span className="muted">{t('punct.parens', { text: t(`systems.category.${s.category}`) })}</span>}
                    </td>
                    <td>{formatLocation(s.location)}</td>
                    <td>{segmentNames?.get(s.segmentId)}</td>
                    <td>{t(`criticality.${s.criticality}`)}</td>
                    <td className="systems-num">{hoursLabel(t, s.rtoHours)}</td>
                    <td>{contactLabel(vendors.get(s.vendorContactId))}</td>
                    <td>
                      <span className={`systems-support ${status}`}>{t(`systems.support.${status}`)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 && <p>{t('systems.list.noMatch')}</p>}
        </div>
      )}
    </section>
  );
}
