import type { PrintContext } from '../../domain/print-context';
import type { CoverSheetInput } from '../documents/cover-sheet';

/** The print context of the page-frame tests (printed 2026-11-21 = 令和8年). */
export const framePrintContext: PrintContext = {
  facilityName: 'みなと総合病院',
  documentTitle: '連絡先一覧',
  version: '第3版',
  printedAt: new Date(2026, 10, 21, 9, 0),
  demo: false,
};

/** A realistic facility for document tests (local time 2026-11-21 = 令和8年). */
export function coverSheetFixture(overrides: Partial<CoverSheetInput> = {}): CoverSheetInput {
  return {
    facility: {
      name: '社会医療法人 さくら会 みなと総合病院',
      address: '〒231-0001 神奈川県横浜市中区新港1-2-3',
      departments: ['内科', '外科', '整形外科', '小児科', '放射線科', '臨床検査科', '薬剤部', '医事課', '情報システム室'],
      wards: ['3階東病棟', '3階西病棟', '4階東病棟', 'ICU', '救急外来'],
      fiscalYearStartMonth: 4,
      confidentialityLabel: '取扱注意',
    },
    sections: [
      { title: '連絡先一覧', count: 128 },
      { title: '連絡網（コールツリー）', count: 4 },
      { title: '部署別 紙運用手順', count: 12 },
      { title: '紙様式', count: 23 },
      { title: 'システム台帳', count: 37 },
      { title: '復旧手順（ランブック）', count: 9 },
    ],
    version: '第3版（2026-11）',
    printedAt: new Date(2026, 10, 21, 9, 30),
    demo: false,
    ...overrides,
  };
}
