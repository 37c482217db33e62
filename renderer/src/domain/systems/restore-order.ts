/**
 * The hospital's restore order (R9): each system comes after every system its runbooks name as a prerequisite;
 * among the systems free to go next, the more urgent comes first, then the name (Japanese collation).
 *
 * Urgency is the 復旧優先度 number, lowered to that of the most urgent system waiting on it: if the electronic chart
 * (priority 1) needs the DNS server (priority 50), the DNS server goes before a priority-2 PACS, because otherwise
 * the chart would wait for the PACS too.
 * A dependency cycle cannot be ordered: it is reported with the systems in it, never silently broken.
 */

export interface OrderableSystem {
  id: string;
  name: string;
  restorePriority: number;
}

export interface RestoreOrderEntry<S> {
  /** 1-based place in the order. */
  position: number;
  system: S;
  /** The known systems that must be up first. */
  prerequisites: S[];
  /** The 復旧優先度 it is restored with: its own, or that of a more urgent system waiting on it. */
  effectivePriority: number;
}

export interface RestoreOrder<S> {
  order: RestoreOrderEntry<S>[];
  /** Each group of systems that wait on one another (a strongly connected component). */
  cycles: RestoreCycle<S>[];
  /** Not in a cycle, but waiting (directly or not) on a system in one: cannot be placed either. */
  blocked: { system: S; prerequisites: S[] }[];
  /** Prerequisites pointing at systems no longer in the inventory: ignored for the order, shown so they get fixed. */
  unknownPrerequisites: { system: S; missingIds: string[] }[];
}

export interface RestoreCycle<S> {
  /** Every system of the group, once each, in restore order (priority, then name). */
  systems: S[];
  /**
   * A closed chain of prerequisites through every system of the group: path[i] needs path[i + 1] first, and the
   * last needs the first. Loops can share systems, so a shared one may be visited more than once here.
   * A self-dependency is a path of one.
   */
  path: S[];
}

export function compareForRestore(a: OrderableSystem, b: OrderableSystem): number {
  return a.restorePriority - b.restorePriority || a.name.localeCompare(b.name, 'ja') || a.id.localeCompare(b.id);
}

/** Each system's priority lowered to the most urgent system that waits on it (directly or through others). */
function inheritedPriorities(systems: readonly OrderableSystem[], needs: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const effective = new Map(systems.map((s) => [s.id, s.restorePriority]));
  // Values only go down and are bounded, so this settles within n rounds, cycles included.
  for (let round = 0, changed = true; changed && round <= systems.length; round += 1) {
    changed = false;
    for (const [id, prerequisiteIds] of needs) {
      const mine = effective.get(id) as number;
      for (const p of prerequisiteIds) {
        if (mine < (effective.get(p) as number)) {
          effective.set(p, mine);
          changed = true;
        }
      }
    }
  }
  return effective;
}

export function restoreOrder<S extends OrderableSystem>(systems: readonly S[], prerequisites: ReadonlyMap<string, readonly string[]>): RestoreOrder<S> {
  const byId = new Map(systems.map((s) => [s.id, s]));
  /** needs.get(x): the known systems x waits for. */
  const needs = new Map<string, string[]>();
  const unknownPrerequisites: RestoreOrder<S>['unknownPrerequisites'] = [];
  for (const system of systems) {
    const ids = [...new Set(prerequisites.get(system.id) ?? [])];
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) unknownPrerequisites.push({ system, missingIds: missing });
    needs.set(system.id, ids.filter((id) => byId.has(id)));
  }
  const known = (id: string) => byId.get(id) as S;
  const prerequisiteSystems = (id: string) => (needs.get(id) ?? []).map(known).sort(compareForRestore);

  const effective = inheritedPriorities(systems, needs);
  const compareReady = (a: S, b: S) => (effective.get(a.id) as number) - (effective.get(b.id) as number) || compareForRestore(a, b);

  // Kahn's algorithm; the ready list is kept sorted so ties follow urgency, then name.
  const waitingOn = new Map(systems.map((s) => [s.id, new Set(needs.get(s.id))]));
  const dependents = new Map<string, string[]>();
  for (const [id, list] of needs) for (const p of list) dependents.set(p, [...(dependents.get(p) ?? []), id]);
  const ready = systems.filter((s) => waitingOn.get(s.id)?.size === 0).sort(compareReady);
  const order: RestoreOrderEntry<S>[] = [];
  while (ready.length > 0) {
    const next = ready.shift() as S;
    order.push({ position: order.length + 1, system: next, prerequisites: prerequisiteSystems(next.id), effectivePriority: effective.get(next.id) as number });
    for (const dependent of dependents.get(next.id) ?? []) {
      const waits = waitingOn.get(dependent);
      if (!waits) continue;
      waits.delete(next.id);
      if (waits.size === 0) insertSorted(ready, known(dependent), compareReady);
    }
  }

  const placed = new Set(order.map((e) => e.system.id));
  const left = systems.filter((s) => !placed.has(s.id));
  const cycles: RestoreCycle<S>[] = [];
  const inCycle = new Set<string>();
  for (const component of stronglyConnected(left.map((s) => s.id), (id) => (needs.get(id) ?? []).filter((p) => !placed.has(p)))) {
    const selfLoop = component.length === 1 && (needs.get(component[0] as string) ?? []).includes(component[0] as string);
    if (component.length < 2 && !selfLoop) continue;
    component.forEach((id) => inCycle.add(id));
    const members = component.map(known).sort(compareForRestore);
    cycles.push({ systems: members, path: closedWalk(members.map((m) => m.id), needs).map(known) });
  }
  cycles.sort((a, b) => compareForRestore(a.systems[0] as S, b.systems[0] as S));
  const blocked = left
    .filter((s) => !inCycle.has(s.id))
    .sort(compareForRestore)
    .map((system) => ({ system, prerequisites: prerequisiteSystems(system.id) }));
  return { order, cycles, blocked, unknownPrerequisites };
}

function insertSorted<S>(list: S[], item: S, compare: (a: S, b: S) => number): void {
  const at = list.findIndex((other) => compare(item, other) < 0);
  if (at === -1) list.push(item);
  else list.splice(at, 0, item);
}

/** Tarjan's strongly connected components over `nodes`. */
function stronglyConnected(nodes: readonly string[], edges: (id: string) => readonly string[]): string[][] {
  const nodeSet = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!nodeSet.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return components;
}

/**
 * A closed chain of real prerequisites from the first of `component` through every other member and back, always
 * taking the shortest hop to the nearest member not yet named: a single shortest loop would leave out the members
 * of the group's other loops, and they would then appear nowhere on screen or on paper.
 */
function closedWalk(component: readonly string[], needs: ReadonlyMap<string, readonly string[]>): string[] {
  const members = new Set(component);
  const start = component[0] as string;
  const walk = [start];
  const named = new Set(walk);
  let at = start;
  while (named.size < members.size) {
    const hop = shortestHop(at, (id) => !named.has(id), members, needs);
    hop.forEach((id) => named.add(id));
    walk.push(...hop);
    at = hop[hop.length - 1] as string;
  }
  // The walk is read as a loop, so the way back to the start is implied once `at` needs `start` directly.
  walk.push(...shortestHop(at, (id) => id === start, members, needs).slice(0, -1));
  return walk;
}

/** The systems after `from` on a shortest chain of prerequisites (inside `members`) to one accepted by `isTarget`. */
function shortestHop(from: string, isTarget: (id: string) => boolean, members: ReadonlySet<string>, needs: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [from];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of needs.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (isTarget(w)) {
        const hop = [w];
        for (let back = v; back !== from; back = cameFrom.get(back) as string) hop.unshift(back);
        return hop;
      }
      if (w !== from && !cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  // Cannot happen inside a strongly connected component; throwing keeps a caller bug from looping closedWalk forever.
  throw new Error(`no chain of prerequisites from ${from} inside its cycle`);
}
