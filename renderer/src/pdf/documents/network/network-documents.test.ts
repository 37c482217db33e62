import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it, vi } from 'vitest';
import { demoWorkbookSchema } from '../../../domain/demo';
import { diagramGraph, readLayout, type DiagramInput, type ElkOutputNode } from '../../../domain/network/diagram';
import { isolationPlan } from '../../../domain/network/isolation';
import type { NetworkLink } from '../../../domain/network/link';
import { poppler, printedText } from '../../testing/printed-text';
import { buildNetworkDiagram, diagramTiles, MIN_SCALE } from './diagram';
import { buildIsolationSheet } from './isolation-sheet';

const header = { facilityName: 'みなと総合病院', version: '第1版', printedAt: new Date(2026, 10, 21, 9, 30), confidentialityLabel: '取扱注意', demo: false };
const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));
const meta = { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z', updatedBy: 'テスト' };
const links: NetworkLink[] = demo.links.map((l) => ({ ...l, ...meta }));

async function layout(input: DiagramInput) {
  return readLayout(input, (await new ELK().layout(diagramGraph(input) as Parameters<InstanceType<typeof ELK>["layout"]>[0])) as ElkOutputNode);
}

describe('network documents', () => {
  it('the isolation check-off sheet lists every cut in MHLW order with its steps', async () => {
    const doc = buildIsolationSheet({
      header,
      plan: isolationPlan(links, demo.segments),
      segmentNames: new Map(demo.segments.map((s) => [s.id, s.name])),
      deviceNames: new Map(demo.systems.map((s) => [s.id, s.name])),
      vendorNames: new Map(demo.contacts.map((c) => [c.id, c.organisation])),
    });
    const { flat } = await printedText(doc, 'isolation.pdf');
    expect(flat).toContain('遮断チェックシート');
    expect(flat).toContain('取扱注意');
    const order = ['電子カルテ系⇔バックアップ系', '電子カルテ保守VPN', 'インターネット接続', '画像系⇔基幹LAN'].map((n) => flat.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(flat).toContain('抜いた時刻を経過記録に書く');
  });

  it('the diagram prints the laid-out network as vector graphics with its names, legend, date and mark', async () => {
    const input: DiagramInput = { segments: demo.segments, systems: demo.systems, links: demo.links };
    const doc = buildNetworkDiagram({ header, layout: await layout(input), paper: 'A4', lastUpdated: '令和8年4月1日', counts: { segments: 8, systems: 15, links: 11 } });
    const printed = await printedText(doc, 'diagram-a4.pdf');
    expect(printed.pageCount).toBe(1);
    for (const text of ['ネットワーク構成図', '取扱注意', '令和8年4月1日', 'リモート保守回線', 'バックアップ系', 'インターネット', '電子カルテ保守VPN', 'UTM']) expect(printed.flat).toContain(text);
  });

  it('the diagram’s labels are set in the bundled Noto Sans JP, with no font warning (SVG text looks fonts up by file name)', async () => {
    const input: DiagramInput = { segments: demo.segments, systems: demo.systems, links: demo.links };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const doc = buildNetworkDiagram({ header, layout: await layout(input), paper: 'A4', lastUpdated: '令和8年4月1日', counts: { segments: 8, systems: 15, links: 11 } });
      const printed = await printedText(doc, 'diagram-fonts.pdf');
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
      // Segment and system names appear only inside the drawing, so finding them proves the SVG text carries them.
      for (const name of ['基幹LAN', '管理LAN', '画像系', demo.systems[0]!.name]) expect(printed.flat).toContain(name);
      const fonts = poppler('pdffonts', printed.path).split('\n').slice(2).filter((line) => line.trim() !== '');
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)\s/);
    } finally {
      warn.mockRestore();
    }
  });

  it('a drawing a little too large for one page is spread over two, enlarged, with no page holding a sliver', () => {
    const pageHeight = diagramTiles({ width: 1, height: 100_000 }, 'A4').tiles[0]!.size.height; // the drawing area's height
    const tall = { width: 600, height: (pageHeight / MIN_SCALE) * 1.1 };
    const split = diagramTiles(tall, 'A4');
    expect(split.tiles).toHaveLength(2);
    expect(split.scale).toBeGreaterThan(MIN_SCALE);
    for (const tile of split.tiles) {
      const drawn = Math.min(tall.height, tile.view.y + tile.view.height) - tile.view.y;
      expect(drawn / tile.view.height).toBeGreaterThan(0.4);
    }
  });

  it('a large network splits over pages (A3), each with the legend', async () => {
    const input: DiagramInput = {
      segments: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, name: `セグメント${i}`, purpose: 'other' as const })),
      systems: Array.from({ length: 300 }, (_, i) => ({ id: `y${i}`, name: `システム${i}`, kind: 'server' as const, segmentId: i < 120 ? 's0' : `s${i % 40}` })),
      links: Array.from({ length: 80 }, (_, i) => ({ id: `l${i}`, name: `接続${i}`, fromSegmentId: `s${i % 40}`, toSegmentId: `s${(i * 7 + 3) % 40}`, outside: '' as const, remoteMaintenance: false })).filter((l) => l.fromSegmentId !== l.toSegmentId),
    };
    const laid = await layout(input);
    expect(laid.systems).toHaveLength(300);
    const tiles = diagramTiles(laid, 'A3');
    expect(tiles.tiles.length).toBeGreaterThan(1);
    const printed = await printedText(buildNetworkDiagram({ header, layout: laid, paper: 'A3', lastUpdated: '令和8年4月1日', counts: { segments: 40, systems: 300, links: 80 } }), 'diagram-a3.pdf');
    expect(printed.pageCount).toBe(tiles.tiles.length);
    expect(printed.pages.every((p) => p.includes('リモート保守回線'))).toBe(true);
    expect(printed.flat).toContain(`分割1/${tiles.tiles.length}`);
  }, 120_000);
});
