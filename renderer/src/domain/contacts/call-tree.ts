import { z } from 'zod';
import type { RecordMeta } from '../record';

/**
 * 連絡網: who calls whom, in order, when something happens. Each level names one contact to reach and the
 * contacts to try when that person does not answer (不在時の代わり).
 */

export const callTreeLevelSchema = z.object({
  contactId: z.string().min(1, 'contacts.callTrees.validation.levelContact'),
  /** Tried in this order when the contact cannot be reached. */
  fallbacks: z.array(z.object({ contactId: z.string().min(1, 'contacts.callTrees.validation.fallbackContact') })).max(10).default([]),
  /** What this level does or says (e.g. 「院長・事務部長へ報告」). */
  note: z.string().trim().max(200, 'validation.tooLong').default(''),
});

export const callTreeSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
    /** When to start it (e.g. 「電子カルテが15分以上使えないとき」). */
    trigger: z.string().trim().max(500, 'validation.tooLong').default(''),
    levels: z.array(callTreeLevelSchema).min(1, 'contacts.callTrees.validation.noLevels').max(30, 'contacts.callTrees.validation.tooManyLevels'),
    notes: z.string().trim().max(2000, 'validation.tooLong').default(''),
  })
  .superRefine((tree, ctx) => {
    // One person appears once: twice would mean calling them twice, or a fallback who is already busy elsewhere.
    const seen = new Set<string>();
    tree.levels.forEach((level, i) => {
      const check = (contactId: string, path: (string | number)[]) => {
        if (!contactId) return;
        if (seen.has(contactId)) ctx.addIssue({ code: 'custom', path, message: 'contacts.callTrees.validation.duplicateContact' });
        seen.add(contactId);
      };
      check(level.contactId, ['levels', i, 'contactId']);
      level.fallbacks.forEach((f, j) => check(f.contactId, ['levels', i, 'fallbacks', j, 'contactId']));
    });
  });

export type CallTreeFields = z.output<typeof callTreeSchema>;
export type CallTreeLevel = z.output<typeof callTreeLevelSchema>;
export type CallTree = CallTreeFields & RecordMeta;

/** Every contact a tree uses, primary contacts first (for 「この連絡先を使っている連絡網」 and print). */
export function contactIdsOf(tree: Pick<CallTreeFields, 'levels'>): string[] {
  return [...tree.levels.map((l) => l.contactId), ...tree.levels.flatMap((l) => l.fallbacks.map((f) => f.contactId))];
}

/** Move a level up or down; a move past either end changes nothing. */
export function moveLevel<T>(levels: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= levels.length || from === to) return [...levels];
  const copy = [...levels];
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(to, 0, moved);
  return copy;
}

/**
 * The tree once a contact is deleted: a fallback is dropped, and a primary contact is replaced by their first
 * fallback. A level with nobody left keeps its place, note and the deleted id, so screen and paper show
 * 「（削除された連絡先）」 where a step is missing instead of the step silently vanishing, and the tree editor asks
 * for someone. Returns null when the tree does not use the contact.
 */
export function withoutContact<T extends Pick<CallTreeFields, 'levels'>>(tree: T, contactId: string): T | null {
  if (!contactIdsOf(tree).includes(contactId)) return null;
  const levels = tree.levels.map((level): CallTreeLevel => {
    const fallbacks = level.fallbacks.filter((f) => f.contactId !== contactId);
    if (level.contactId !== contactId) return { ...level, fallbacks };
    const [promoted, ...rest] = fallbacks;
    return promoted ? { ...level, contactId: promoted.contactId, fallbacks: rest } : { ...level, fallbacks };
  });
  return { ...tree, levels };
}

/** Trees that use a contact, for the delete confirmation and the contact form. */
export function treesUsing<T extends Pick<CallTreeFields, 'levels'>>(trees: readonly T[], contactId: string): T[] {
  return trees.filter((tree) => contactIdsOf(tree).includes(contactId));
}
