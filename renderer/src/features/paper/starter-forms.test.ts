import { describe, expect, it } from 'vitest';
import { sheetLayout } from '../../domain/paper/form-layout';
import { starterForms } from './starter-forms';

describe('starter forms (resources/templates/forms)', () => {
  it('ships the ten forms of the issue, each valid and fitting one A4 sheet', () => {
    const forms = starterForms();
    expect(forms.map((f) => f.title)).toEqual([
      '外来受付票',
      '院内処方箋',
      '注射指示書',
      '検査依頼票',
      '放射線検査依頼票',
      '食事箋',
      '病棟患者一覧',
      '仮患者番号台帳',
      '事後入力チェック表',
      '指示受け記録',
    ]);
    expect(new Set(forms.map((f) => f.starterId)).size).toBe(10);
    for (const form of forms) expect(sheetLayout(form).fits).toBe(true);
  });

  it('pre-numbers only the temporary patient ID ledger, from its first number', () => {
    const numbered = starterForms().filter((f) => f.numbering);
    expect(numbered.map((f) => f.title)).toEqual(['仮患者番号台帳']);
    expect(numbered[0]?.numbering).toMatchObject({ prefix: '仮-', digits: 6, nextNumber: 1 });
  });
});
