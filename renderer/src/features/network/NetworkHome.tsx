import { dataKey } from '../../i18n/typed-keys';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBadge } from '../../workbook/DemoBadge';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { NetworkNav } from './NetworkNav';
import { linkEnds, useNetworkData } from './useNetworkData';

/** /network: the segments with their systems, and the links between them and to the outside. */
export function NetworkHome() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const data = useNetworkData();
  if (!data) return null;
  const segmentNames = new Map(data.segments.map((s) => [s.id, s.name]));
  const systemsPer = new Map<string, number>();
  for (const s of data.systems) systemsPer.set(s.segmentId, (systemsPer.get(s.segmentId) ?? 0) + 1);
  const systemNames = new Map(data.systems.map((s) => [s.id, s.name]));

  return (
    <section className="systems-page" aria-labelledby="network-heading">
      <NetworkNav />
      <h1 id="network-heading">{t('network.heading')}</h1>
      <p className="muted">{t('network.lead')}</p>
      <ReadOnlyNotice />

      <h2>{t('network.segments.heading')}</h2>
      {canEdit && (
        <div className="actions systems-toolbar">
          <Link className="button" to="/network/segments/new">
            {t('network.segments.add')}
          </Link>
        </div>
      )}
      {data.segments.length === 0 ? (
        <p>{t('network.segments.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="segments-table">
            <thead>
              <tr>
                <th>{t('network.segment.name')}</th>
                <th>{t('network.segment.purpose')}</th>
                <th>{t('network.segment.vlan')}</th>
                <th>{t('network.segment.subnet')}</th>
                <th>{t('network.segment.location')}</th>
                <th>{t('network.segments.systems')}</th>
              </tr>
            </thead>
            <tbody>
              {data.segments.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/network/segments/${s.id}`}>{s.name}</Link> {s.demo && <DemoBadge />}
                  </td>
                  <td>{t(`network.purpose.${s.purpose}`)}</td>
                  <td>{s.vlan}</td>
                  <td>{s.subnet}</td>
                  <td>{s.location}</td>
                  <td className="systems-num">{t('network.segments.systemsCount', { count: systemsPer.get(s.id) ?? 0 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('network.links.heading')}</h2>
      {canEdit && (
        <div className="actions systems-toolbar">
          <Link className="button" to="/network/links/new">
            {t('network.links.add')}
          </Link>
        </div>
      )}
      {data.links.length === 0 ? (
        <p>{t('network.links.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="links-table">
            <thead>
              <tr>
                <th>{t('network.link.name')}</th>
                <th>{t('network.links.ends')}</th>
                <th>{t('network.link.device')}</th>
                <th>{t('network.link.flows')}</th>
                <th>{t('network.link.cutWho')}</th>
              </tr>
            </thead>
            <tbody>
              {data.links.map((l) => {
                const ends = linkEnds(l, segmentNames, (k) => t(dataKey(`network.outside.${k}`)));
                return (
                  <tr key={l.id}>
                    <td>
                      <Link to={`/network/links/${l.id}`}>{l.name}</Link> {l.demo && <DemoBadge />}
                      {l.remoteMaintenance && <span className="badge network-remote">{t('network.links.remoteMark')}</span>}
                    </td>
                    <td>{t('network.links.between', ends)}</td>
                    <td>{systemNames.get(l.deviceSystemId)}</td>
                    <td>{[...l.flows.map((f) => t(`network.flow.${f}`)), l.flowNotes].filter(Boolean).join(t('punct.list'))}</td>
                    <td>{l.cut.who}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
