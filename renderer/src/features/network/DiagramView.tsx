import { useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramLayout } from '../../domain/network/diagram';
import { diagramSvgBody, REMOTE_COLOR } from '../../pdf/documents/network/diagram-svg';

interface Props {
  layout: DiagramLayout;
  /** Places (segment ids, `outside:<kind>`) drawn as cut off, and the link whose cut isolates them. */
  isolated: ReadonlySet<string>;
  cutLinkId: string;
  onSystem(id: string): void;
  onLink(id: string): void;
}

interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

const fitView = (layout: DiagramLayout): View => ({ x: 0, y: 0, width: Math.max(layout.width, 200), height: Math.max(layout.height, 120) });

/**
 * The laid-out diagram, drawn by the same SVG code as the PDF, with pan (drag), zoom (wheel, buttons), click on a
 * system or link, and what a cut isolates drawn over it in red.
 */
export function DiagramView({ layout, isolated, cutLinkId, onSystem, onLink }: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(() => fitView(layout));
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);
  const body = useMemo(() => diagramSvgBody(layout, t('network.diagram.unplaced'), true), [layout, t]);

  const zoom = (factor: number, center?: { x: number; y: number }) =>
    setView((v) => {
      const c = center ?? { x: v.x + v.width / 2, y: v.y + v.height / 2 };
      const width = Math.min(Math.max(v.width * factor, 80), Math.max(layout.width, 200) * 4);
      const scale = width / v.width;
      return { x: c.x - (c.x - v.x) * scale, y: c.y - (c.y - v.y) * scale, width, height: v.height * scale };
    });

  const toDiagram = (clientX: number, clientY: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: view.x, y: view.y };
    return { x: view.x + ((clientX - rect.left) / rect.width) * view.width, y: view.y + ((clientY - rect.top) / rect.height) * view.height };
  };

  const onWheel = (e: WheelEvent<SVGSVGElement>) => zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, toDiagram(e.clientX, e.clientY));
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    drag.current = { x: e.clientX, y: e.clientY, view, moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    const rect = svgRef.current?.getBoundingClientRect();
    if (!d || !rect || rect.width === 0) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) d.moved = true;
    if (d.moved) setView({ ...d.view, x: d.view.x - (dx / rect.width) * d.view.width, y: d.view.y - (dy / rect.height) * d.view.height });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved) return;
    const target = (e.target as Element).closest('[data-system-id], [data-link-id]');
    const systemId = target?.getAttribute('data-system-id');
    const linkId = target?.getAttribute('data-link-id');
    if (systemId) onSystem(systemId);
    else if (linkId) onLink(linkId);
  };

  const cutLink = layout.links.find((l) => l.id === cutLinkId);
  return (
    <div className="network-diagram">
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => zoom(1 / 1.3)}>
          {t('network.diagram.zoomIn')}
        </button>
        <button type="button" className="button secondary" onClick={() => zoom(1.3)}>
          {t('network.diagram.zoomOut')}
        </button>
        <button type="button" className="button secondary" onClick={() => setView(fitView(layout))}>
          {t('network.diagram.fit')}
        </button>
      </div>
      <svg
        ref={svgRef}
        className="network-canvas"
        data-testid="network-canvas"
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        preserveAspectRatio="xMidYMid meet"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => (drag.current = null)}
        role="img"
        aria-label={t('network.diagram.heading')}
      >
        <g dangerouslySetInnerHTML={{ __html: body }} />
        <g pointerEvents="none">
          {layout.segments
            .filter((s) => isolated.has(s.id))
            .map((s) => (
              <rect key={s.id} data-testid="isolated-segment" x={s.x - 3} y={s.y - 3} width={s.width + 6} height={s.height + 6} rx={8} fill={REMOTE_COLOR} fillOpacity={0.12} stroke={REMOTE_COLOR} strokeWidth={3} />
            ))}
          {layout.outsides
            .filter((o) => isolated.has(o.id))
            .map((o) => (
              <rect key={o.id} data-testid="isolated-segment" x={o.x - 3} y={o.y - 3} width={o.width + 6} height={o.height + 6} rx={18} fill={REMOTE_COLOR} fillOpacity={0.12} stroke={REMOTE_COLOR} strokeWidth={3} />
            ))}
          {cutLink && <polyline points={cutLink.points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={REMOTE_COLOR} strokeWidth={5} strokeDasharray="2 4" />}
        </g>
      </svg>
    </div>
  );
}
