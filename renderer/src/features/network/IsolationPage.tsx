import { dataKey } from '../../i18n/typed-keys';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cutsIsolating, isolationPlan } from '../../domain/network/isolation';
import { cutPlace, cutSteps } from '../../domain/network/link';
import { isOutsidePlace, lostFrom, systemsIn } from '../../domain/network/reachability';
import { PrintButton } from '../../workbook/print/PrintButton';
import { NetworkNav } from './NetworkNav';
import { linkEnds, useNetworkData } from './useNetworkData';
import { useNetworkPrints } from './useNetworkPrints';

/** A segment of 500 systems would bury the cut list: the rest are counted. */
const SHOWN_SYSTEMS = 30;

/**
 * /network/isolation: the ordered cuts (incident mode's containment steps link here), and for one chosen segment the
 * cuts that isolate it with what it can no longer reach after each ("what stops if we cut this").
 */
export function IsolationPage() {
  const { t } = useTranslation();
  const data = useNetworkData();
  const prints = useNetworkPrints();
  const [segmentId, setSegmentId] = useState('');
  const plan = useMemo(() => (data ? isolationPlan(data.links, data.segments) : []), [data]);
  if (!data) return null;
  const segmentNames = new Map(data.segments.map((s) => [s.id, s.name]));
  const systemNames = new Map(data.systems.map((s) => [s.id, s.name]));
  const chosen = data.segments.find((s) => s.id === segmentId);
  const placeName = (place: string) => (isOutsidePlace(place) ? t(dataKey(`network.outside.${place.slice('outside:'.length)}`)) : (segmentNames.get(place) ?? place));

  return (
    <section className="systems-page" aria-labelledby="isolation-heading">
      <NetworkNav />
      <h1 id="isolation-heading">{t('network.isolation.heading')}</h1>
      <p className="muted">{t('network.isolation.lead')}</p>
      <div className="actions systems-toolbar">
        <PrintButton label={t('network.isolation.print')} prepare={prints.isolationSheet} />
      </div>
      {plan.length === 0 ? (
        <p>{t('network.isolation.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="isolation-table">
            <thead>
              <tr>
                <th>{t('network.isolation.number')}</th>
                <th>{t('network.isolation.stage')}</th>
                <th>{t('network.isolation.link')}</th>
                <th>{t('network.isolation.where')}</th>
                <th>{t('network.isolation.who')}</th>
                <th>{t('network.isolation.steps')}</th>
                <th>{t('network.isolation.stops')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.map(({ number, stage, link }) => (
                <tr key={link.id}>
                  <td className="systems-num">{number}</td>
                  <td>{t(`network.stage.${stage}`)}</td>
                  <td>
                    <Link to={`/network/links/${link.id}`}>{link.name}</Link>
                    {link.remoteMaintenance && <span className="badge network-remote">{t('network.links.remoteMark')}</span>}
                    <div className="muted systems-small">{t('network.links.between', linkEnds(link, segmentNames, (k) => t(dataKey(`network.outside.${k}`))))}</div>
                  </td>
                  <td>{[systemNames.get(link.deviceSystemId), cutPlace(link)].filter(Boolean).join(' ')}</td>
                  <td>{link.cut.who}</td>
                  <td>
                    <ol className="network-steps">
                      {cutSteps(link).map((step, i) => (
                        <li key={i}>{step}</li>
                      ))}
                    </ol>
                  </td>
                  <td>{link.cut.stopsWhenCut}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('network.isolation.choose')}</h2>
      <select value={segmentId} onChange={(e) => setSegmentId(e.target.value)} aria-label={t('network.isolation.choose')}>
        <option value="">{t('network.isolation.chooseNone')}</option>
        {data.segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {chosen && (
        <div className="card network-isolating" data-testid="isolating">
          <h3>{t('network.isolation.isolating', { name: chosen.name })}</h3>
          {cutsIsolating(plan, chosen.id).length === 0 && <p>{t('network.isolation.noCuts')}</p>}
          <ol>
            {cutsIsolating(plan, chosen.id).map((cut, i, cuts) => {
              const lost = lostFrom(data.links, chosen.id, new Set(cuts.slice(0, i + 1).map((c) => c.link.id)));
              const systems = systemsIn(data.systems, lost);
              return (
                <li key={cut.link.id}>
                  <strong>
                    {cut.number}. {cut.link.name}
                  </strong>
                  <div className="systems-small">
                    {t('network.isolation.loses')}：
                    {lost.size === 0
                      ? t('network.isolation.losesNothing')
                      : [...[...lost].map(placeName), ...systems.slice(0, SHOWN_SYSTEMS).map((s) => s.name)].join(t('punct.list')) +
                        (systems.length > SHOWN_SYSTEMS ? t('network.isolation.more', { count: systems.length - SHOWN_SYSTEMS }) : '')}
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
