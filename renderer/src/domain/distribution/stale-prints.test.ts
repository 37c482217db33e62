import { describe, expect, it } from 'vitest';
import type { PrintedCopy } from './printed-copy';
import { changesSince, currentCopies, oldestKeptPrint, stalePrints, type RecordChange } from './stale-prints';

function copy(id: string, place: string, printedAt: string, extra: Partial<PrintedCopy> = {}): PrintedCopy {
  return { id, createdAt: printedAt, updatedAt: printedAt, updatedBy: '山田', document: 'binder', title: 'BCP 冊子', edition: 'admin', department: '', place, version: '', printedAt, notes: '', ...extra };
}

const change = (at: string, table: string, recordId: string): RecordChange => ({ at, table, recordId });

describe('printed copies out of date', () => {
  it('counts distinct records per table changed after the print, largest first', () => {
    const changes = [
      change('2026-11-01T00:00:00.000Z', 'contacts', 'c0'), // before the print
      change('2026-11-02T00:00:00.000Z', 'contacts', 'c1'),
      change('2026-11-02T01:00:00.000Z', 'contacts', 'c1'), // the same contact twice counts once
      change('2026-11-03T00:00:00.000Z', 'contacts', 'c2'),
      change('2026-11-03T00:00:00.000Z', 'systems', 's1'),
      change('2026-11-03T00:00:00.000Z', 'printedCopies', 'p1'), // the register itself is not on the paper
      change('2026-11-03T00:00:00.000Z', 'settings', 'uiLanguage'),
    ];
    expect(changesSince('2026-11-01T12:00:00.000Z', changes)).toEqual([
      { table: 'contacts', records: 2 },
      { table: 'systems', records: 1 },
    ]);
  });

  it('judges only the newest print per place, document and edition', () => {
    const old = copy('a', '災害対策本部', '2026-10-01T00:00:00.000Z');
    const reprint = copy('b', ' 災害対策本部 ', '2026-11-05T00:00:00.000Z');
    const ward = copy('c', '3階東', '2026-10-01T00:00:00.000Z', { edition: 'department', department: '3階東病棟' });
    expect(currentCopies([old, reprint, ward]).map((c) => c.id)).toEqual(['c', 'b']);
    expect(oldestKeptPrint([old, reprint, ward])).toBe('2026-10-01T00:00:00.000Z');
    const stale = stalePrints([old, reprint, ward], [change('2026-11-01T00:00:00.000Z', 'contacts', 'c1')]);
    expect(stale.map((s) => s.copy.id)).toEqual(['c']);
    expect(stale[0]!.changes).toEqual([{ table: 'contacts', records: 1 }]);
  });

  it('judges a sample copy from when the sample was loaded, so loading the sample asks for no reprint', () => {
    const loaded = '2026-12-01T09:00:00.000Z';
    const sample = copy('demo-binder', '本部', '2026-10-01T00:00:00.000Z', { demo: true, createdAt: loaded });
    const load = change(loaded, 'contacts', 'demo-c1');
    expect(stalePrints([sample], [load])).toEqual([]);
    const edit = change('2026-12-01T10:00:00.000Z', 'contacts', 'demo-c1');
    expect(stalePrints([sample], [load, edit])[0]!.changes).toEqual([{ table: 'contacts', records: 1 }]);
    // A real copy registered after it was printed is judged from its print: the changes in between are on no paper.
    const registeredLate = copy('real', '本部', '2026-10-01T00:00:00.000Z', { createdAt: loaded });
    expect(stalePrints([registeredLate], [load])).toHaveLength(1);
  });

  it('finds nothing when nothing changed, or nothing was printed', () => {
    expect(stalePrints([copy('a', '本部', '2026-11-01T00:00:00.000Z')], [])).toEqual([]);
    expect(oldestKeptPrint([])).toBeUndefined();
  });
});
