import type { PrintEdition } from '../distribution/printed-copy';

/**
 * Which sections a binder holds and in what order: the chapters of the MHLW ひな形 (DOMAIN-NOTES §1.3) in the order
 * they first appear there, then any chapter an area names that is not listed, in module order.
 *   general           第1章 総則, 2.1.1–2.1.2 体制と役割, 非常時レベル
 *   system-recovery   2.1.3 情報機器台帳, 2.1.4 構成図, 3.3.2 遮断, 3.5 復旧処理 (復旧手順, 非常用アカウント)
 *   paper-operation   2.1.5 代替運用 (紙運用手順, 帳票)
 *   contact-framework 2.2.1 連絡体制, 3.1 連絡先
 *   bcp-improvement   第4章 事後対応 (訓練, 対応事項)
 */
export const BINDER_CHAPTER_ORDER: readonly string[] = ['general', 'system-recovery', 'paper-operation', 'contact-framework', 'bcp-improvement'];

export type BinderEdition = PrintEdition;

/**
 * How a section takes part in a department's binder: 'filter' = only what that department needs (its procedures and
 * forms, the contacts its call trees name); 'whole' = as in the full binder (the emergency levels its procedures
 * name). A section without it is not in department binders.
 */
export type DepartmentScope = 'filter' | 'whole';

export interface OutlineSection {
  chapter: string;
  confidential?: boolean;
  department?: DepartmentScope;
}

export interface OutlineChapter<S> {
  chapter: string;
  sections: S[];
}

/** Whether a section is printed in an edition: the staff and department editions never hold a confidential one. */
export function inEdition(section: OutlineSection, edition: BinderEdition): boolean {
  if (edition === 'admin') return true;
  if (section.confidential) return false;
  return edition === 'staff' || section.department !== undefined;
}

/** The edition's sections grouped under their chapters, chapters in ひな形 order, sections in the order given. */
export function binderOutline<S extends OutlineSection>(sections: readonly S[], edition: BinderEdition): OutlineChapter<S>[] {
  const chapters = new Map<string, S[]>();
  for (const section of sections) {
    if (!inEdition(section, edition)) continue;
    chapters.set(section.chapter, [...(chapters.get(section.chapter) ?? []), section]);
  }
  const rank = (chapter: string) => {
    const i = BINDER_CHAPTER_ORDER.indexOf(chapter);
    return i < 0 ? BINDER_CHAPTER_ORDER.length : i;
  };
  // Array.prototype.sort is stable: chapters the order does not know keep the order they first appeared in.
  return [...chapters].map(([chapter, list]) => ({ chapter, sections: list })).sort((a, b) => rank(a.chapter) - rank(b.chapter));
}
