import { describe, expect, it } from 'vitest';
import { planStock } from '../../../domain/paper/stock-plan';
import { formFixture, paperContext } from '../../../domain/testing/paper-fixtures';
import { printedText } from '../../testing/printed-text';
import { buildStockPlanDocument } from './stock-plan';

describe('stock plan sheet (備蓄計画)', () => {
  it('prints each form, place and the sheets to keep for the planned days', async () => {
    const forms = [
      { ...formFixture({ copies: 2 }), id: 'a' },
      { ...formFixture({ title: '病棟患者一覧', stock: { sheetsPerDay: 2, scope: 'ward', packSize: 0 } }), id: 'b' },
    ];
    const { flat } = await printedText(buildStockPlanDocument(paperContext, planStock(forms, ['3階東病棟', 'ICU'], 28)), 'stock-plan.pdf');
    expect(flat).toContain('28日間');
    expect(flat).toContain('1,700'); // 30 × 28 × 2 = 1,680 → 34 packs of 50
    expect(flat).toContain('34冊（50枚綴）');
    expect(flat).toContain('3階東病棟');
    expect(flat).toContain('ICU');
    expect(flat).toContain('1,812');
  });
});
