import type { SystemKind } from '../systems/system';
import type { LinkFields, OutsideKind } from './link';
import { isOutsidePlace, linkTarget } from './reachability';
import type { SegmentFields, SegmentPurpose } from './segment';

/**
 * The network diagram as data: what is drawn (diagramGraph → an ELK graph, laid out by elkjs off the main thread)
 * and where it ended up (readLayout → DiagramLayout), drawn the same way on screen (SVG) and on paper (pdfmake svg).
 * Segments are containers holding their systems; outside places are nodes of their own; links are labelled edges.
 */

export interface DiagramInput {
  segments: readonly (Pick<SegmentFields, 'name' | 'purpose'> & { id: string })[];
  systems: readonly { id: string; name: string; kind: SystemKind; segmentId: string }[];
  links: readonly (Pick<LinkFields, 'name' | 'fromSegmentId' | 'toSegmentId' | 'outside' | 'remoteMaintenance'> & { id: string })[];
}

/** The container of systems whose segment is not set (or no longer exists). */
export const UNPLACED = 'unplaced';

export const SYSTEM_BOX = { width: 150, height: 24 };
const OUTSIDE_BOX = { width: 120, height: 40 };
const EMPTY_SEGMENT = { width: 170, height: 56 };
const TITLE_HEIGHT = 28;

/** Elk's JSON graph, the part used here (elkjs's own types stay out of the domain). */
export interface ElkInputNode {
  id: string;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkInputNode[];
  edges?: { id: string; sources: string[]; targets: string[]; labels?: { text: string; width: number; height: number }[] }[];
  labels?: { text: string; width: number; height: number }[];
}
export interface ElkOutputNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkOutputNode[];
  edges?: { id: string; sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[]; labels?: { x?: number; y?: number; width?: number; height?: number }[] }[];
}

export interface Point {
  x: number;
  y: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  segments: (Box & { id: string; name: string; purpose: SegmentPurpose | 'unplaced' })[];
  systems: (Box & { id: string; name: string; kind: SystemKind })[];
  outsides: (Box & { id: string; kind: OutsideKind })[];
  links: { id: string; name: string; remoteMaintenance: boolean; outside: boolean; points: Point[]; label?: Box }[];
}

/** Width of a text at a font size, near enough for layout: full-width characters are about square. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2000 ? fontSize : fontSize * 0.6;
  return Math.ceil(width);
}

const LABEL_FONT = 9;

export function diagramGraph(input: DiagramInput): ElkInputNode {
  const known = new Set(input.segments.map((s) => s.id));
  const bySegment = new Map<string, DiagramInput['systems'][number][]>();
  for (const s of input.systems) {
    const key = known.has(s.segmentId) ? s.segmentId : UNPLACED;
    bySegment.set(key, [...(bySegment.get(key) ?? []), s]);
  }
  const container = (id: string, name: string): ElkInputNode => {
    const children = (bySegment.get(id) ?? []).map((s) => ({ id: `system:${s.id}`, ...SYSTEM_BOX }));
    return {
      id: `segment:${id}`,
      ...(children.length === 0 ? EMPTY_SEGMENT : {}),
      layoutOptions: {
        'elk.algorithm': 'box',
        'elk.padding': `[top=${TITLE_HEIGHT},left=8,bottom=8,right=8]`,
        'elk.spacing.nodeNode': '6',
        'elk.aspectRatio': '2.5',
        'elk.nodeSize.minimum': `(${Math.max(EMPTY_SEGMENT.width, textWidth(name, 11) + 20)},${EMPTY_SEGMENT.height})`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      },
      children,
    };
  };
  const outsides = [...new Set(input.links.map(linkTarget).filter(isOutsidePlace))];
  const endpoint = (place: string) => (isOutsidePlace(place) ? place : `segment:${place}`);
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'true',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: [
      ...input.segments.map((s) => container(s.id, s.name)),
      ...(bySegment.has(UNPLACED) ? [container(UNPLACED, '')] : []),
      ...outsides.map((place) => ({ id: place, ...OUTSIDE_BOX })),
    ],
    edges: input.links
      .filter((l) => known.has(l.fromSegmentId) && (l.outside !== '' || known.has(l.toSegmentId)))
      .map((l) => ({
        id: `link:${l.id}`,
        sources: [endpoint(l.fromSegmentId)],
        targets: [endpoint(linkTarget(l))],
        labels: [{ text: l.name, width: textWidth(l.name, LABEL_FONT) + 6, height: LABEL_FONT + 5 }],
      })),
  };
}

/** The laid-out graph in absolute coordinates, with the names and kinds to draw. */
export function readLayout(input: DiagramInput, laidOut: ElkOutputNode): DiagramLayout {
  const segmentsById = new Map(input.segments.map((s) => [s.id, s]));
  const systemsById = new Map(input.systems.map((s) => [s.id, s]));
  const linksById = new Map(input.links.map((l) => [l.id, l]));
  const box = (n: { x?: number; y?: number; width?: number; height?: number }, dx = 0, dy = 0): Box => ({ x: (n.x ?? 0) + dx, y: (n.y ?? 0) + dy, width: n.width ?? 0, height: n.height ?? 0 });
  const layout: DiagramLayout = { width: laidOut.width ?? 0, height: laidOut.height ?? 0, segments: [], systems: [], outsides: [], links: [] };
  for (const node of laidOut.children ?? []) {
    if (node.id.startsWith('segment:')) {
      const id = node.id.slice('segment:'.length);
      const segment = segmentsById.get(id);
      const outer = box(node);
      layout.segments.push({ ...outer, id, name: segment?.name ?? '', purpose: segment?.purpose ?? 'unplaced' });
      for (const child of node.children ?? []) {
        const system = systemsById.get(child.id.slice('system:'.length));
        if (system) layout.systems.push({ ...box(child, outer.x, outer.y), id: system.id, name: system.name, kind: system.kind });
      }
    } else if (isOutsidePlace(node.id)) {
      layout.outsides.push({ ...box(node), id: node.id, kind: node.id.slice('outside:'.length) as OutsideKind });
    }
  }
  for (const edge of laidOut.edges ?? []) {
    const link = linksById.get(edge.id.slice('link:'.length));
    const section = edge.sections?.[0];
    if (!link || !section) continue;
    const label = edge.labels?.[0];
    layout.links.push({
      id: link.id,
      name: link.name,
      remoteMaintenance: link.remoteMaintenance,
      outside: link.outside !== '',
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
      ...(label ? { label: box(label) } : {}),
    });
  }
  return layout;
}


