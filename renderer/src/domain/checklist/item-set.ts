import { z } from 'zod';
import { evidenceTopics } from '../evidence-topics';
import type { RecordMeta } from '../record';

/**
 * A guideline item set (the MHLW checklist sheets, the BCP 確認表, guideline 6.0 §3.4 as R1–R18) as versioned data:
 * the app ships one file per set (resources/checklist/*.json) and a facility loads next year's file the same way.
 * Answers are kept per item id, so an item keeps its answers across versions; an item a new version drops is kept as
 * `retired` with the version that dropped it, so its history still reads.
 */

export const SET_FILE_FORMAT = 'bcp-workbook-checklist-set';

/** How the set prints: the inspection grid, the 確認表 by phase with evidence, or the requirement cross-reference. */
export const setLayouts = ['grid', 'phases', 'crossReference'] as const;
export type SetLayout = (typeof setLayouts)[number];

const text = (max: number) => z.string().trim().max(max);
const id = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/);

export const checklistItemSchema = z.object({
  /** Stable across versions: answers are kept by it. */
  id,
  /** As printed on the sheet, e.g. 「2-⑦」. */
  number: text(20).min(1),
  section: id,
  /** Our own wording (never the sheet's sentence); the facility may change it. */
  text: text(400).min(1),
  /** Where the original is, e.g. 「チェックリストマニュアル 2-⑦」「企画管理編 11①」. */
  source: text(200).default(''),
  /** 対象 column of the sheet (全般, サーバ…), when it has one. */
  target: text(40).default(''),
  /** A deadline the sheet sets, as printed (「令和9年度」). */
  deadline: text(40).default(''),
  /** Our wording or numbering is not checked against the published sheet: shown as 「公表版との照合が必要」. */
  unverified: z.boolean().default(false),
  /** What the workbook holds as evidence for it. */
  topics: z.array(z.enum(evidenceTopics)).max(8).default([]),
  /** Menu areas (workbook/areas.ts keys) where the workbook covers it, for the cross-reference. */
  places: z.array(text(40).min(1)).max(8).default([]),
  /** The facility changed the wording (kept so the print can say so). */
  edited: z.boolean().default(false),
});
export type ChecklistItem = z.output<typeof checklistItemSchema>;

export const checklistSectionSchema = z.object({ id, title: text(120).min(1) });
export type ChecklistSection = z.output<typeof checklistSectionSchema>;

const setFields = z.object({
  setId: id,
  /** Version of the set, e.g. 「2025」 for the 令和7年度 sheet. */
  version: text(20).min(1),
  title: text(160).min(1),
  layout: z.enum(setLayouts),
  source: text(400).default(''),
  sections: z.array(checklistSectionSchema).min(1).max(40),
  items: z.array(checklistItemSchema).min(1).max(300),
});

function checkItems(set: z.output<typeof setFields>, ctx: z.RefinementCtx): void {
  const sections = new Set(set.sections.map((s) => s.id));
  const seen = new Set<string>();
  set.items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: 'duplicate' });
    seen.add(item.id);
    if (!sections.has(item.section)) ctx.addIssue({ code: 'custom', path: ['items', i, 'section'], message: 'unknownSection' });
  });
}

/** A set file as shipped or loaded: format first, so a wrong file is named as such. */
export const itemSetFileSchema = z.object({ format: z.literal(SET_FILE_FORMAT) }).and(setFields).superRefine((set, ctx) => checkItems(set, ctx));
export type ItemSetFile = z.output<typeof itemSetFileSchema>;

/** A retired item: dropped by `retiredIn`, kept so its answers still have a wording. */
export const retiredItemSchema = checklistItemSchema.extend({ retiredIn: text(20) });
export type RetiredItem = z.output<typeof retiredItemSchema>;

/** The stored set (table checklistSets, id = setId): the loaded file, the facility's wording, and the retired items. */
export const storedSetSchema = setFields.extend({ retired: z.array(retiredItemSchema).max(300).default([]) }).superRefine(checkItems);
export type ChecklistSetFields = z.output<typeof storedSetSchema>;

const FIELD_JA: Record<string, string> = {
  format: '形式（format）',
  setId: '項目セットID（setId）',
  version: '版（version）',
  title: '表題（title）',
  layout: '印刷の形（layout）',
  source: '出典（source）',
  sections: '区分（sections）',
  items: '項目（items）',
  id: 'ID',
  number: '番号（number）',
  section: '区分（section）',
  text: '項目の文言（text）',
  target: '対象（target）',
  deadline: '期限（deadline）',
  unverified: '照合フラグ（unverified）',
  topics: '根拠の種類（topics）',
  places: '該当箇所（places）',
};

/** 「items の 3 番目の 番号（number）」: where in the file, in words a facility's staff can find. */
function placeJa(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `の${p + 1}番目の`;
    else out += (out && !out.endsWith('の') ? 'の' : '') + (FIELD_JA[String(p)] ?? String(p));
  }
  return out;
}

function problemJa(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? placeJa(issue.path) : 'ファイル全体';
  if (issue.message === 'duplicate') return `${where}が重複しています。`;
  if (issue.message === 'unknownSection') return `${where}が区分（sections）にありません。`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}がありません。`;
  if (issue.code === 'invalid_value' && issue.path[0] === 'format') return 'ガイドライン項目セットのファイルではありません（format が違います）。';
  if (issue.code === 'too_small') return `${where}が空です。`;
  if (issue.code === 'too_big') return `${where}が長すぎるか、多すぎます。`;
  return `${where}の値が正しくありません。`;
}

export type SetFileResult = { ok: true; set: ItemSetFile } | { ok: false; message: string };

/** Reads a set file; a malformed one is refused with a Japanese message naming its first problem. */
export function parseItemSetFile(textContent: string): SetFileResult {
  let json: unknown;
  try {
    json = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'ファイルを読み込めませんでした：JSON 形式ではありません。' };
  }
  const parsed = itemSetFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, set: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, message: `ファイルを読み込めませんでした：${first ? problemJa(first) : '内容が正しくありません。'}` };
}

/**
 * The stored set after loading a new version: the file's items as they are, and every item of the old version (or
 * retired before) that the file no longer has, kept as retired. An item that comes back is active again.
 */
export function nextSetVersion(current: ChecklistSetFields | undefined, file: ItemSetFile): ChecklistSetFields {
  const { format: _format, ...set } = file;
  const ids = new Set(file.items.map((i) => i.id));
  const retired: RetiredItem[] = [];
  for (const old of current?.retired ?? []) if (!ids.has(old.id)) retired.push(old);
  for (const old of current?.items ?? []) {
    if (!ids.has(old.id) && !retired.some((r) => r.id === old.id)) retired.push({ ...old, retiredIn: file.version });
  }
  return { ...set, retired };
}

/** The set with one item's wording changed by the facility. */
export function withItemWording(set: ChecklistSetFields, itemId: string, wording: string): ChecklistSetFields {
  return { ...set, items: set.items.map((i) => (i.id === itemId ? { ...i, text: wording.trim(), edited: true } : i)) };
}

/** The set as a file again (to hand to another facility or keep beside the workbook). */
export function toSetFile(set: ChecklistSetFields): ItemSetFile {
  const { retired: _retired, ...rest } = set;
  return { format: SET_FILE_FORMAT, ...rest };
}

export function sectionItems(set: Pick<ChecklistSetFields, 'items'>, sectionId: string): ChecklistItem[] {
  return set.items.filter((i) => i.section === sectionId);
}

export type ChecklistSet = ChecklistSetFields & RecordMeta;
