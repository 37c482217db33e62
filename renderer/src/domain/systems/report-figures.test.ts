import { describe, expect, it } from 'vitest';
import { systemsPreparedness } from './report-figures';

const eos = (endOfSupport: string) => ({ endOfSale: '', endOfSupport, endOfService: '' });

describe('systems preparedness for the management report', () => {
  it('counts isolated backup generations, systems past EOS and runbooks drilled in the 年度', () => {
    const figures = systemsPreparedness(
      {
        systems: [
          { id: 's1', eos: eos('2025-01-01') },
          { id: 's2', eos: eos('') },
        ],
        backups: [
          { systemId: 's1', mediaKind: 'appendable' },
          { systemId: 's2', mediaKind: 'offline' },
        ],
        runbookIds: ['r1', 'r2'],
        runs: [
          { runbookId: 'r1', kind: 'drill', startedAt: '2026-06-01T01:00:00.000Z' },
          { runbookId: 'r2', kind: 'drill', startedAt: '2025-06-01T01:00:00.000Z' },
          { runbookId: 'r2', kind: 'real', startedAt: '2026-06-01T01:00:00.000Z' },
        ],
      },
      { start: '2026-04-01', end: '2027-03-31' },
      '2026-12-01',
    );
    expect(figures).toEqual({ systems: 2, withIsolatedBackup: 1, pastEos: 1, runbooks: 2, runbooksDrilled: 1 });
  });
});
