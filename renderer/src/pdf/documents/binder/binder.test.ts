import { describe, expect, it } from 'vitest';
import { binderOutline } from '../../../domain/binder/outline';
import type { PlanVersion } from '../../../domain/plan/plan-version';
import { paperContext } from '../../../domain/testing/paper-fixtures';
import type { Content } from '../../doc-types';
import { buildFramedDocument, type PdfDocument } from '../../frame';
import { printedText, squash } from '../../testing/printed-text';
import { binderTocEntries, buildBinder, type BinderInput, type BinderSectionDocuments } from './binder';

const doc = (title: string, body: Content, orientation: 'portrait' | 'landscape' = 'portrait'): PdfDocument =>
  buildFramedDocument({ ...paperContext, documentTitle: title }, body, { orientation });

/** Filler that runs over more than one page, so later sections land on later pages. */
const longBody = (label: string, lines: number): Content => Array.from({ length: lines }, (_, i) => `${label} の本文 ${i + 1} 行目`);

const meta = { createdAt: '2026-04-10T00:00:00.000Z', updatedAt: '2026-04-10T00:00:00.000Z', updatedBy: 't' };
const approved = {
  ...meta,
  id: 'plan-1',
  version: '1.0',
  status: 'approved',
  summary: '初版',
  supersededOn: '',
  approval: { approverContactId: '', approverName: '鈴木 博', approverRole: '病院長', approvedOn: '2026-04-10', reference: '第1回 委員会' },
} as PlanVersion;

const sections: BinderSectionDocuments[] = [
  // Listed in module order, not chapter order: the binder sorts them into the ひな形's order.
  { chapter: 'contact-framework', chapterTitle: '緊急連絡体制', title: '緊急連絡先', department: 'filter', documents: [doc('連絡先一覧', longBody('連絡先', 70))] },
  { chapter: 'paper-operation', chapterTitle: '紙運用による業務継続', title: '紙運用手順', department: 'filter', documents: [doc('手順A', '受付の手順'), doc('手順B', '病棟の手順')] },
  { chapter: 'system-recovery', chapterTitle: 'システムの復旧', title: 'システム台帳', documents: [doc('台帳', longBody('台帳', 40), 'landscape')] },
  { chapter: 'system-recovery', chapterTitle: 'システムの復旧', title: 'ネットワーク構成図', confidential: true, documents: [doc('構成図', '構成図の中身')] },
  { chapter: 'system-recovery', chapterTitle: 'システムの復旧', title: '非常用アカウント台帳', confidential: true, documents: [doc('アカウント', 'アカウントの中身')] },
  { chapter: 'general', chapterTitle: '総則・体制', title: '非常時レベル', department: 'whole', documents: [] },
  { chapter: 'bcp-improvement', chapterTitle: 'BCP の訓練と見直し', title: '訓練の記録', documents: [doc('訓練', '訓練の中身')] },
];

const input = (overrides: Partial<BinderInput> = {}): BinderInput => ({
  facility: { name: 'みなと総合病院', address: '横浜市', confidentialityLabel: '取扱注意' },
  edition: 'admin',
  version: '0.1.0',
  plan: { inForce: approved, history: [approved] },
  printedAt: new Date(2026, 10, 21, 9, 0),
  demo: false,
  sections,
  ...overrides,
});

describe('binder outline', () => {
  it('groups sections under the ひな形 chapters in ひな形 order, keeping each chapter’s sections in module order', () => {
    const chapters = binderOutline(sections, 'admin');
    expect(chapters.map((c) => c.chapter)).toEqual(['general', 'system-recovery', 'paper-operation', 'contact-framework', 'bcp-improvement']);
    expect(chapters[1]?.sections.map((s) => s.title)).toEqual(['システム台帳', 'ネットワーク構成図', '非常用アカウント台帳']);
  });

  it('leaves confidential sections out of the staff edition and keeps only department sections for a department', () => {
    expect(binderOutline(sections, 'staff').flatMap((c) => c.sections.map((s) => s.title))).toEqual(['非常時レベル', 'システム台帳', '紙運用手順', '緊急連絡先', '訓練の記録']);
    expect(binderOutline(sections, 'department').flatMap((c) => c.sections.map((s) => s.title))).toEqual(['非常時レベル', '紙運用手順', '緊急連絡先']);
  });

  it('puts a chapter the order does not know after the known ones', () => {
    const extra = [{ chapter: 'other', title: 'x' }, { chapter: 'general', title: 'y' }];
    expect(binderOutline(extra, 'admin').map((c) => c.chapter)).toEqual(['general', 'other']);
  });
});

/** The page each TOC line points at, read from the printed contents page(s). */
function tocPages(pages: readonly string[], texts: readonly string[]): Map<string, number> {
  const toc = squash(pages.filter((p) => squash(p).includes('目次')).join(''));
  const found = new Map<string, number>();
  for (const text of texts) {
    const match = new RegExp(`${squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(toc);
    if (match?.[1]) found.set(text, Number(match[1]));
  }
  return found;
}

describe('binder PDF', () => {
  it('is plain data that survives structured clone', () => {
    const built = buildBinder(input());
    expect(structuredClone(built)).toEqual(built);
  });

  it('prints cover, approval, contents with real page numbers, chapters and revision history in the page frame', async () => {
    const { pages, pageCount, flat, text } = await printedText(buildBinder(input()), 'binder-admin.pdf');
    expect(flat).toContain('BCP冊子（管理者版）');
    expect(flat).toContain('承認者');
    expect(flat).toContain('鈴木博（病院長）');
    expect(flat).toContain('計画第1.0版（2026-04-10承認）');
    expect(pages).toHaveLength(pageCount);
    for (const [i, page] of pages.entries()) {
      const p = squash(page);
      expect(p).toContain(`${i + 1}/${pageCount}ページ`);
      expect(p).toContain('取扱注意');
      expect(p).toContain('みなと総合病院');
      expect(p).toContain('令和8年11月21日（2026年11月21日）');
    }
    const entries = binderTocEntries(input());
    const numbers = tocPages(pages, entries.map((e) => e.text));
    expect([...numbers.keys()]).toEqual(entries.map((e) => e.text));
    for (const [title, page] of numbers) {
      expect(page).toBeGreaterThan(3);
      // The part starts on the page the contents give: its heading is the first line under the page header.
      expect(squash(pages[page - 1] ?? ''), title).toContain(squash(title));
    }
    expect(numbers.get('緊急連絡先')).toBeLessThan(numbers.get('第5章　BCP の訓練と見直し') ?? 0);
    expect(text).toContain('改訂履歴');
  });

  it('leaves the confidential sections out of the staff edition, contents included', async () => {
    const staff = input({ edition: 'staff' });
    const { flat } = await printedText(buildBinder(staff), 'binder-staff.pdf');
    expect(flat).toContain('BCP冊子（職員配布版）');
    expect(flat).not.toContain('ネットワーク構成図');
    expect(flat).not.toContain('構成図の中身');
    expect(flat).not.toContain('非常用アカウント台帳');
    expect(binderTocEntries(staff).map((e) => e.text)).not.toContain('ネットワーク構成図');
  });

  it('prints a department binder with its sections only', async () => {
    const { flat } = await printedText(buildBinder(input({ edition: 'department', department: '病棟' })), 'binder-department.pdf');
    expect(flat).toContain('BCP冊子（部署別：病棟）');
    expect(flat).toContain('病棟の手順');
    expect(flat).not.toContain('システム台帳');
    expect(flat).not.toContain('訓練の中身');
  });

  it('says when no version of the plan is approved', async () => {
    const { flat } = await printedText(buildBinder(input({ plan: { history: [] } })), 'binder-unapproved.pdf');
    expect(flat).toContain('承認された版はまだありません');
  });
});
