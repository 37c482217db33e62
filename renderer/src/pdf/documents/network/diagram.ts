import type { DiagramLayout } from '../../../domain/network/diagram';
import type { PrintContext } from '../../../domain/print-context';
import type { Content } from '../../doc-types';
import { buildFramedDocument, PAGE_MARGINS, type PaperSize, type PdfDocument } from '../../frame';
import { diagramSvg, diagramSvgBody, legendSvg } from './diagram-svg';

/** ネットワーク構成図 (R8, R18): the laid-out diagram on A4 or A3 landscape, split over pages when it does not fit. */

export const DIAGRAM_TITLE = 'ネットワーク構成図';

export interface DiagramPrintInput {
  header: Omit<PrintContext, 'documentTitle'>;
  layout: DiagramLayout;
  paper: PaperSize;
  /** 「2026年4月1日」: the newest change to a segment, link or system. */
  lastUpdated: string;
  counts: { segments: number; systems: number; links: number };
  /** Points kept free above the drawing for headings printed before it (the binder's chapter and section). */
  headroom?: number;
}

/** Landscape page sizes in points. */
const PAGE = { A4: { width: 842, height: 595 }, A3: { width: 1191, height: 842 } } as const;
/** Below this scale the names become too small to read on paper: the drawing is split over pages instead. */
export const MIN_SCALE = 0.5;
const HEAD_HEIGHT = 44;

export interface DiagramTile {
  view: { x: number; y: number; width: number; height: number };
  size: { width: number; height: number };
  column: number;
  row: number;
}

/**
 * How the drawing is cut into pages: one page when it fits at MIN_SCALE or larger; else the fewest pages it takes at
 * MIN_SCALE, with the drawing enlarged to fill them, so no page carries only a sliver of it.
 */
export function diagramTiles(layout: Pick<DiagramLayout, 'width' | 'height'>, paper: PaperSize, headroom = 0): { tiles: DiagramTile[]; columns: number; rows: number; scale: number } {
  const area = { width: PAGE[paper].width - PAGE_MARGINS[0] - PAGE_MARGINS[2], height: PAGE[paper].height - PAGE_MARGINS[1] - PAGE_MARGINS[3] - HEAD_HEIGHT - headroom };
  const width = Math.max(layout.width, 1);
  const height = Math.max(layout.height, 1);
  const fit = Math.min(1, area.width / width, area.height / height);
  if (fit >= MIN_SCALE) {
    return { tiles: [{ view: { x: 0, y: 0, width, height }, size: { width: width * fit, height: height * fit }, column: 1, row: 1 }], columns: 1, rows: 1, scale: fit };
  }
  const columns = Math.ceil((width * MIN_SCALE) / area.width);
  const rows = Math.ceil((height * MIN_SCALE) / area.height);
  const scale = Math.min(1, (columns * area.width) / width, (rows * area.height) / height);
  const viewWidth = area.width / scale;
  const viewHeight = area.height / scale;
  const tiles: DiagramTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ view: { x: column * viewWidth, y: row * viewHeight, width: viewWidth, height: viewHeight }, size: { ...area }, column: column + 1, row: row + 1 });
    }
  }
  return { tiles, columns, rows, scale };
}

export function buildNetworkDiagram(input: DiagramPrintInput): PdfDocument {
  const { tiles, columns, rows } = diagramTiles(input.layout, input.paper, input.headroom);
  const summary = `最終更新 ${input.lastUpdated} ／ セグメント ${input.counts.segments}・システム ${input.counts.systems}・接続 ${input.counts.links}`;
  const content: Content[] = tiles.map((tile, i) => ({
    stack: [
      {
        columns: [
          { text: summary, fontSize: 8.5, width: '*' },
          { text: tiles.length > 1 ? `分割 ${i + 1} / ${tiles.length}（横 ${tile.column} / ${columns}・縦 ${tile.row} / ${rows}）` : '', fontSize: 8.5, alignment: 'right' as const, width: 'auto' },
        ],
      },
      { svg: legendSvg(), width: 640, margin: [0, 4, 0, 6] },
      { svg: diagramSvg(diagramSvgBody(input.layout, 'セグメント未設定', false, tiles.length > 1 ? tile.view : undefined), tile.view, tile.size), width: tile.size.width },
    ],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  if (input.layout.segments.length === 0) content.push({ text: '（ネットワークセグメントはまだ登録されていません）', style: 'muted' });
  return buildFramedDocument({ ...input.header, documentTitle: DIAGRAM_TITLE }, content, { orientation: 'landscape', pageSize: input.paper });
}
