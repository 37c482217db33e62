import type { DiagramLayout } from '../../../domain/network/diagram';
import { OUTSIDE_KIND_JA } from '../../../domain/network/link';
import type { SegmentPurpose } from '../../../domain/network/segment';
import { FONT_FAMILY } from '../../fonts';

/**
 * The laid-out network diagram as one SVG string: the same drawing on every page of the PDF (each page a window on
 * it through viewBox), vector all the way so it stays sharp on A3 and when photocopied.
 */

export const PURPOSE_FILL: Record<SegmentPurpose | 'unplaced', string> = {
  ehr: '#e8f0fb',
  departmental: '#eef7ee',
  medicalDevice: '#fdf3e6',
  office: '#f3f0fa',
  backup: '#e6f6f6',
  internet: '#fdeceb',
  maintenance: '#fdeceb',
  other: '#f4f5f7',
  unplaced: '#ffffff',
};
export const REMOTE_COLOR = '#b3261e';
const INK = '#1f2329';
const LINK_COLOR = '#3d4652';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Cut a name to fit a box of `width` at `fontSize` (full-width characters are about square). */
export function clip(text: string, width: number, fontSize: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = ch.charCodeAt(0) > 0x2000 ? fontSize : fontSize * 0.6;
    if (used + w > width - fontSize) return `${out}…`;
    used += w;
    out += ch;
  }
  return out;
}

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const font = `font-family="${FONT_FAMILY}"`;

/**
 * The drawing's elements. `interactive` (the screen) tags systems and links with their ids and gives each link a wide
 * invisible stroke to click; paper gets neither.
 */
export function diagramSvgBody(layout: DiagramLayout, unplacedName: string, interactive = false, view?: Area): string {
  const parts: string[] = [];
  // A page of a split diagram draws only what it shows: every page holding the whole drawing would multiply the file.
  const shown = (b: Area) => !view || (b.x < view.x + view.width && b.x + b.width > view.x && b.y < view.y + view.height && b.y + b.height > view.y);
  const linkShown = (points: readonly { x: number; y: number }[]) => {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    return shown({ x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + 1, height: Math.max(...ys) - Math.min(...ys) + 1 });
  };
  for (const s of layout.segments.filter(shown)) {
    const dashed = s.purpose === 'unplaced' ? ' stroke-dasharray="4 3"' : '';
    parts.push(`<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="6" fill="${PURPOSE_FILL[s.purpose]}" stroke="${INK}" stroke-width="1.2"${dashed}/>`);
    parts.push(`<text x="${s.x + 8}" y="${s.y + 18}" ${font} font-size="11" font-weight="bold" fill="${INK}">${escapeXml(clip(s.name || unplacedName, s.width, 11))}</text>`);
  }
  for (const s of layout.systems.filter(shown)) {
    if (interactive) parts.push(`<g data-system-id="${escapeXml(s.id)}" class="network-node">`);
    parts.push(`<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="3" fill="#ffffff" stroke="${LINK_COLOR}" stroke-width="0.6"/>`);
    const mark = s.kind === 'networkDevice' ? '◆ ' : '';
    parts.push(`<text x="${s.x + 5}" y="${s.y + s.height / 2 + 3.5}" ${font} font-size="9" fill="${INK}">${escapeXml(clip(mark + s.name, s.width, 9))}</text>`);
    if (interactive) parts.push('</g>');
  }
  for (const o of layout.outsides.filter(shown)) {
    parts.push(`<rect x="${o.x}" y="${o.y}" width="${o.width}" height="${o.height}" rx="16" fill="#ffffff" stroke="${INK}" stroke-width="2.4"/>`);
    parts.push(`<rect x="${o.x + 3}" y="${o.y + 3}" width="${o.width - 6}" height="${o.height - 6}" rx="13" fill="none" stroke="${INK}" stroke-width="0.6"/>`);
    parts.push(`<text x="${o.x + o.width / 2}" y="${o.y + o.height / 2 + 4}" text-anchor="middle" ${font} font-size="11" font-weight="bold" fill="${INK}">${escapeXml(OUTSIDE_KIND_JA[o.kind])}</text>`);
  }
  for (const l of layout.links.filter((link) => linkShown(link.points))) {
    const color = l.remoteMaintenance ? REMOTE_COLOR : LINK_COLOR;
    const dash = l.remoteMaintenance ? ' stroke-dasharray="6 3"' : '';
    const points = l.points.map((p) => `${p.x},${p.y}`).join(' ');
    if (interactive) parts.push(`<g data-link-id="${escapeXml(l.id)}" class="network-edge"><polyline points="${points}" fill="none" stroke="transparent" stroke-width="12"/>`);
    parts.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="${l.outside ? 2.2 : 1.4}"${dash}/>`);
    if (l.label) {
      parts.push(`<rect x="${l.label.x}" y="${l.label.y}" width="${l.label.width}" height="${l.label.height}" fill="#ffffff" fill-opacity="0.85"/>`);
      parts.push(`<text x="${l.label.x + 3}" y="${l.label.y + l.label.height - 4}" ${font} font-size="9" fill="${color}">${escapeXml(l.name)}</text>`);
    }
    if (interactive) parts.push('</g>');
  }
  return parts.join('');
}

/** A window of the drawing: `viewBox` picks the part, width/height the size on paper in points. */
export function diagramSvg(body: string, view: { x: number; y: number; width: number; height: number }, size: { width: number; height: number }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}">${body}</svg>`;
}

/** The legend strip printed on every page of the diagram. */
export function legendSvg(): string {
  const item = (x: number, shape: string, text: string) => `<g transform="translate(${x},0)">${shape}<text x="26" y="12" ${font} font-size="8.5" fill="${INK}">${escapeXml(text)}</text></g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="16" viewBox="0 0 640 16">`,
    item(0, `<rect x="0" y="2" width="22" height="12" rx="3" fill="${PURPOSE_FILL.ehr}" stroke="${INK}"/>`, 'セグメント（色は用途）'),
    item(125, `<rect x="0" y="3" width="22" height="10" rx="2" fill="#fff" stroke="${LINK_COLOR}" stroke-width="0.6"/>`, 'システム（◆ はネットワーク機器）'),
    item(305, `<rect x="0" y="1" width="22" height="14" rx="7" fill="#fff" stroke="${INK}" stroke-width="2"/>`, '外部'),
    item(360, `<line x1="0" y1="8" x2="22" y2="8" stroke="${LINK_COLOR}" stroke-width="1.4"/>`, '接続（太線は外部へ）'),
    item(500, `<line x1="0" y1="8" x2="22" y2="8" stroke="${REMOTE_COLOR}" stroke-width="2" stroke-dasharray="6 3"/>`, 'リモート保守回線'),
    `</svg>`,
  ].join('');
}
