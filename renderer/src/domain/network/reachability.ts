import type { LinkFields, OutsideKind } from './link';

/**
 * "What stops if we cut this": which places a segment can still reach over the links left standing. A place is a
 * segment id or `outside:<kind>` (all internet links reach the same internet). Links may form cycles: networks have
 * loops, and a loop is exactly why one cut may isolate nothing.
 */
export type Place = string;
export const outsidePlace = (kind: OutsideKind): Place => `outside:${kind}`;
export const isOutsidePlace = (place: Place): boolean => place.startsWith('outside:');

export type LinkEnds = Pick<LinkFields, 'fromSegmentId' | 'toSegmentId' | 'outside'> & { id: string };

export function linkTarget(link: LinkEnds): Place {
  return link.toSegmentId || (link.outside ? outsidePlace(link.outside) : '');
}

function neighbours(links: readonly LinkEnds[], cut: ReadonlySet<string>): Map<Place, Place[]> {
  const map = new Map<Place, Place[]>();
  const add = (a: Place, b: Place) => map.set(a, [...(map.get(a) ?? []), b]);
  for (const link of links) {
    const to = linkTarget(link);
    if (cut.has(link.id) || !to || !link.fromSegmentId) continue;
    add(link.fromSegmentId, to);
    add(to, link.fromSegmentId);
  }
  return map;
}

/** Every place reachable from `start` (itself included) with the links in `cut` cut. */
export function reachableFrom(links: readonly LinkEnds[], start: Place, cut: ReadonlySet<string> = new Set()): Set<Place> {
  const next = neighbours(links, cut);
  const seen = new Set<Place>([start]);
  const queue = [start];
  for (let place = queue.shift(); place !== undefined; place = queue.shift()) {
    for (const n of next.get(place) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** The places `start` reaches today and no longer reaches with `cut` applied. */
export function lostFrom(links: readonly LinkEnds[], start: Place, cut: ReadonlySet<string>): Set<Place> {
  const after = reachableFrom(links, start, cut);
  return new Set([...reachableFrom(links, start)].filter((p) => !after.has(p)));
}

/**
 * What cutting one link isolates: the side of the link that is cut off from the other, or nothing when a loop keeps
 * both sides connected. Of the two sides, the smaller is the one that is "isolated" (the rest of the hospital stays
 * together); for an outside link, the outside.
 */
export function isolatedBy(links: readonly LinkEnds[], linkId: string): Set<Place> {
  const link = links.find((l) => l.id === linkId);
  if (!link) return new Set();
  const to = linkTarget(link);
  const cut = new Set([linkId]);
  const fromSide = reachableFrom(links, link.fromSegmentId, cut);
  if (fromSide.has(to)) return new Set();
  const toSide = reachableFrom(links, to, cut);
  if (isOutsidePlace(to)) return toSide;
  return toSide.size <= fromSide.size ? toSide : fromSide;
}

/** The systems that sit in the given places (the ones that stop being reachable). */
export function systemsIn<S extends { segmentId: string }>(systems: readonly S[], places: ReadonlySet<Place>): S[] {
  return systems.filter((s) => s.segmentId !== '' && places.has(s.segmentId));
}
