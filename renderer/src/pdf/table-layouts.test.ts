import { describe, expect, it } from 'vitest';
import { dataTable, TABLE_LAYOUT, TABLE_LAYOUTS } from './table-layouts';

describe('table helpers', () => {
  it('repeat the header row on every page and keep rows whole', () => {
    const table = dataTable({ header: ['氏名', '電話'], rows: [['山田', '内線 123']] });
    expect(table.table).toMatchObject({ headerRows: 1, dontBreakRows: true, widths: ['*', '*'] });
    expect(table.table.body[0]).toEqual([
      { text: '氏名', style: 'tableHeader' },
      { text: '電話', style: 'tableHeader' },
    ]);
    expect(TABLE_LAYOUTS[table.layout ?? '']).toBeDefined();
  });

  it('registers every named layout', () => {
    for (const name of Object.values(TABLE_LAYOUT)) expect(TABLE_LAYOUTS[name]).toBeDefined();
  });
});
