import { dataKey } from '../../i18n/typed-keys';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DiagramLayout } from '../../domain/network/diagram';
import { isolatedBy, isOutsidePlace } from '../../domain/network/reachability';
import type { PaperSize } from '../../pdf/frame';
import { Notice } from '../../ui/Notice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { diagramInput, layoutDiagram } from './diagram-layout';
import { DiagramView } from './DiagramView';
import { NetworkNav } from './NetworkNav';
import { useNetworkData } from './useNetworkData';
import { useNetworkPrints } from './useNetworkPrints';

type LayoutState = { state: 'laying' } | { state: 'failed' } | { state: 'ready'; layout: DiagramLayout; workerMs: number };

/** /network/diagram: the network laid out automatically (in a worker), to read, click through and test cuts on. */
export function DiagramPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const data = useNetworkData();
  const prints = useNetworkPrints();
  const [result, setResult] = useState<LayoutState>({ state: 'laying' });
  const [cutMode, setCutMode] = useState(false);
  const [cutLinkId, setCutLinkId] = useState('');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const input = useMemo(() => (data ? diagramInput(data) : undefined), [data]);

  useEffect(() => {
    if (!input) return;
    let current = true;
    setResult({ state: 'laying' });
    performance.mark('bcp:network-layout-start');
    layoutDiagram(input)
      .then(({ layout, workerMs }) => {
        if (!current) return;
        performance.mark('bcp:network-layout-done');
        setResult({ state: 'ready', layout, workerMs });
      })
      .catch(() => current && setResult({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, [input]);

  const isolated = useMemo(() => (data && cutLinkId ? isolatedBy(data.links, cutLinkId) : new Set<string>()), [data, cutLinkId]);
  if (!data) return null;
  const segmentNames = new Map(data.segments.map((s) => [s.id, s.name]));
  const cutLink = data.links.find((l) => l.id === cutLinkId);
  const placeName = (place: string) => (isOutsidePlace(place) ? t(dataKey(`network.outside.${place.slice('outside:'.length)}`)) : (segmentNames.get(place) ?? place));

  return (
    <section className="systems-page" aria-labelledby="diagram-heading">
      <NetworkNav />
      <h1 id="diagram-heading">{t('network.diagram.heading')}</h1>
      <p className="muted">{t('network.diagram.lead')}</p>
      <div className="actions systems-toolbar">
        <label>
          {t('network.diagram.paper')}{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            <option value="A4">{t('network.diagram.a4')}</option>
            <option value="A3">{t('network.diagram.a3')}</option>
          </select>
        </label>
        <PrintButton label={t('network.diagram.print')} prepare={() => prints.diagram(paper)} />
        <label className="systems-check">
          <input
            type="checkbox"
            checked={cutMode}
            onChange={(e) => {
              setCutMode(e.target.checked);
              setCutLinkId('');
            }}
          />{' '}
          {t('network.diagram.cutMode')}
        </label>
      </div>
      {cutMode && <p className="muted">{t('network.diagram.cutHint')}</p>}
      {cutLink && (
        <Notice tone={isolated.size > 0 ? 'error' : 'ok'}>
          {isolated.size > 0
            ? t('network.diagram.isolated', { name: cutLink.name, places: [...isolated].map(placeName).join(t('punct.list')) })
            : t('network.diagram.stillConnected', { name: cutLink.name })}
        </Notice>
      )}
      {data.segments.length === 0 && <p>{t('network.diagram.empty')}</p>}
      {result.state === 'laying' && <p role="status">{t('network.diagram.laying')}</p>}
      {result.state === 'failed' && <Notice tone="error">{t('network.diagram.failed')}</Notice>}
      {result.state === 'ready' && data.segments.length > 0 && (
        <div data-testid="network-diagram" data-state="ready" data-worker-ms={Math.round(result.workerMs)}>
          <DiagramView
            key={`${result.layout.width}x${result.layout.height}`}
            layout={result.layout}
            isolated={isolated}
            cutLinkId={cutLinkId}
            onSystem={(id) => void navigate(`/systems/${id}`)}
            onLink={(id) => (cutMode ? setCutLinkId(id) : void navigate(`/network/links/${id}`))}
          />
        </div>
      )}
    </section>
  );
}
