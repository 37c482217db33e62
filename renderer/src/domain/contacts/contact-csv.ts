import { CONTACT_KIND_JA, contactKinds, contactSchema, emailSchema, emptyContactFields, furiganaSchema, PHONE_LABEL_JA, phoneLabels, type Contact, type ContactFields, type ContactKind, type Phone, type PhoneLabel } from './contact';
import { readPhoneCell } from './phone-cell';
import type { Draft } from '../record';
import { parseCsv, unescapeCell } from '../../base/csv';
import { decodeCsvBytes, type CsvEncoding } from '../../base/csv-encoding';
import { widenHalfWidthKatakana } from '../kana';
import { isLocalDateString } from '../../base/local-date';
import { normalizeForSearch } from '../search';

/**
 * Contacts ↔ CSV: the columns, how Japanese headers are recognised, and how one row becomes a contact. Export and
 * import share this one column list, so what is exported is read back without loss.
 */

export type PhoneColumn = `phone_${PhoneLabel}`;
export type CsvColumn =
  | 'id'
  | 'kind'
  | 'name'
  | 'furigana'
  | 'organisation'
  | 'department'
  | 'role'
  | PhoneColumn
  | 'email'
  | 'availability'
  | 'contractNotes'
  | 'systemsSupported'
  | 'lastVerifiedAt'
  | 'notes';

interface ColumnSpec {
  column: CsvColumn;
  /** The header written on export. */
  header: string;
  /** Other headers recognised on import (compared after search normalisation). */
  aliases: readonly string[];
}

export const CSV_COLUMNS: readonly ColumnSpec[] = [
  { column: 'id', header: 'ID', aliases: ['id', '管理番号', '連絡先ID'] },
  { column: 'kind', header: '種別', aliases: ['区分', '分類', '連絡先種別'] },
  { column: 'name', header: '氏名', aliases: ['名前', '名称', '氏名・名称', '担当者', '担当者名', '連絡先', '連絡先名', '宛先'] },
  { column: 'furigana', header: 'フリガナ', aliases: ['ふりがな', 'よみがな', 'ヨミガナ', '読み', 'よみ', 'ヨミ', 'カナ', '氏名カナ', 'カナ氏名', 'フリガナ氏名', 'しめいかな'] },
  { column: 'organisation', header: '所属', aliases: ['所属先', '会社', '会社名', '組織', '組織名', '機関', '機関名', '勤務先', '法人名', '施設名'] },
  { column: 'department', header: '部署', aliases: ['部門', '部署名', '所属部署', '課', '課名', '診療科', '担当部署'] },
  { column: 'role', header: '役職', aliases: ['職名', '職種', '役割', '肩書', '肩書き', '役職名', '担当'] },
  { column: 'phone_external', header: PHONE_LABEL_JA.external, aliases: ['電話番号', '電話', 'tel', '電話tel', '外線番号', '代表電話', '代表番号', '直通', '直通電話', '固定電話'] },
  { column: 'phone_extension', header: PHONE_LABEL_JA.extension, aliases: ['内線番号'] },
  { column: 'phone_phs', header: PHONE_LABEL_JA.phs, aliases: ['phs番号', '院内phs', 'ピッチ', '院内携帯'] },
  { column: 'phone_mobile', header: PHONE_LABEL_JA.mobile, aliases: ['携帯電話', '携帯番号', '携帯電話番号', 'スマートフォン', 'スマホ', '携帯tel'] },
  { column: 'phone_fax', header: PHONE_LABEL_JA.fax, aliases: ['fax番号', 'ファックス', 'ファクス', 'ファクシミリ'] },
  { column: 'phone_hotline24h', header: PHONE_LABEL_JA.hotline24h, aliases: ['24時間', '24時間連絡先', '夜間休日', '夜間・休日', '夜間休日連絡先', '緊急連絡先', '緊急窓口', 'ホットライン'] },
  { column: 'email', header: 'メール', aliases: ['メールアドレス', 'email', 'e-mail', 'mail', 'mailアドレス', '電子メール'] },
  { column: 'availability', header: '対応時間', aliases: ['受付時間', '連絡可能時間', '対応可能時間', '勤務時間', '営業時間'] },
  { column: 'contractNotes', header: '契約・サポート', aliases: ['契約', '保守契約', '契約内容', 'サポート', 'サポート内容', '契約・サポート内容'] },
  { column: 'systemsSupported', header: '担当システム', aliases: ['対応システム', '保守対象', '対象システム', 'システム'] },
  { column: 'lastVerifiedAt', header: '最終確認日', aliases: ['確認日', '最終確認', '更新日'] },
  { column: 'notes', header: '備考', aliases: ['メモ', '注記', 'コメント', '特記事項'] },
];

export function phoneColumn(label: PhoneLabel): PhoneColumn {
  return `phone_${label}`;
}

/** Other names a hospital's file may use for a kind, besides its own (CONTACT_KIND_JA), which is what export writes. */
const KIND_ALIASES: Record<ContactKind, readonly string[]> = {
  staff: ['職員', '院内職員', 'スタッフ', '病院'],
  vendor: ['業者', '保守業者', 'メーカー', '保守'],
  authority: ['行政', '警察', '官公庁', '行政機関'],
  expert: ['専門家', '外部'],
  other: [],
};

/** The Japanese label written for each kind. */
export function kindLabel(kind: ContactKind): string {
  return CONTACT_KIND_JA[kind];
}

const kindByName = new Map<string, ContactKind>(
  contactKinds.flatMap((kind) => [kind, CONTACT_KIND_JA[kind], ...KIND_ALIASES[kind]].map((name) => [normalizeForSearch(name), kind] as const)),
);

// ── Reading the file ────────────────────────────────────────────────────────────────────────────────────────────

export interface CsvTable {
  headers: string[];
  /** Data rows; rowNumbers[i] is the row's number as a spreadsheet shows it (header = 1). */
  rows: string[][];
  rowNumbers: number[];
  encoding: CsvEncoding;
}

export type FileProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'bad-bytes' }
  | { code: 'unterminated-quote'; line: number }
  | { code: 'stray-quote'; line: number }
  | { code: 'no-data-rows' }
  | { code: 'column-count'; expected: number; rows: { rowNumber: number; count: number }[] };

export type ReadCsvResult = { ok: true; table: CsvTable } | { ok: false; problem: FileProblem };

/** Bytes → a rectangular table, or the reason the file cannot be read. Nothing is guessed past a broken file. */
export function readCsvTable(bytes: Uint8Array): ReadCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: { code: decoded.reason } };
  if (decoded.text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { ok: false, problem: { code: parsed.reason, line: parsed.line } };
  const [headerRow, ...dataRows] = parsed.rows;
  if (!headerRow) return { ok: false, problem: { code: 'empty' } };
  if (dataRows.length === 0) return { ok: false, problem: { code: 'no-data-rows' } };
  const expected = headerRow.length;
  const wrong = dataRows.flatMap((row, i) => (row.length === expected ? [] : [{ rowNumber: i + 2, count: row.length }]));
  if (wrong.length > 0) return { ok: false, problem: { code: 'column-count', expected, rows: wrong } };
  return {
    ok: true,
    table: { headers: headerRow.map((h) => h.trim()), rows: dataRows, rowNumbers: dataRows.map((_, i) => i + 2), encoding: decoded.encoding },
  };
}

/** Which contact field each file column fills (null: not imported). */
export type ColumnMapping = (CsvColumn | null)[];

/**
 * Recognise Japanese headers: first exact matches (after search normalisation: width, kana, brackets and spaces do
 * not matter), then headers that contain a known name (「電話番号（代表）」). Each field is taken by one column at most.
 */
export function matchHeaders(headers: readonly string[]): ColumnMapping {
  const names = CSV_COLUMNS.flatMap((spec) => [spec.header, ...spec.aliases].map((name) => ({ column: spec.column, key: normalizeForSearch(name) })));
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<CsvColumn>();
  const keys = headers.map(normalizeForSearch);
  keys.forEach((key, i) => {
    const hit = names.find((n) => n.key === key && !taken.has(n.column));
    if (hit) {
      mapping[i] = hit.column;
      taken.add(hit.column);
    }
  });
  keys.forEach((key, i) => {
    if (mapping[i] !== null || key === '') return;
    const hits = names.filter((n) => n.key.length >= 2 && key.includes(n.key) && !taken.has(n.column)).sort((a, b) => b.key.length - a.key.length);
    const hit = hits[0];
    if (hit) {
      mapping[i] = hit.column;
      taken.add(hit.column);
    }
  });
  return mapping;
}

// ── Turning rows into contacts ──────────────────────────────────────────────────────────────────────────────────

export interface RowProblem {
  /** The field the problem is in, or null for the row as a whole. */
  column: CsvColumn | null;
  /** i18n key. */
  message: string;
  /** The offending text (an unknown kind, a system name). */
  value?: string;
}

/**
 * A cell the import kept as written instead of dropping the person: 'number' — a phone entry marked 要確認 (not a
 * number by the numbering plan); 'notes' — text moved to the contact's notes (「不明」 in a phone column, an unknown
 * kind or system, a date that is not a date). 'remark' — the number was read, and the words written with it
 * (「代表」「※緊急時のみ」) went to the notes; the contact is not 要確認 for that alone.
 */
export interface KeptCell {
  column: CsvColumn;
  value: string;
  kept: 'number' | 'notes' | 'remark';
}

/** What an import writes for one contact: new, or an existing one (with its id) changed by the file's rows. */
export type ImportDraft = Draft<Contact>;

/**
 * How a row was found to be a contact already in the workbook. 'id': the file is an export edited in Excel, so the
 * row replaces that contact's fields. 'name': same name and a shared number, so the row only adds to it.
 */
export type DuplicateMatch = 'id' | 'name';

export interface ImportCandidate {
  rowNumber: number;
  fields: ContactFields;
  /** The ID column, when the file came from an export. */
  id?: string;
  /** The contact in the workbook this row is for, and how it was matched. */
  duplicateOf?: Contact;
  match?: DuplicateMatch;
  /** The earlier row of this file that brings in the same new person: this row is merged into it. */
  sameAsRow?: number;
  /** Rows for the same contact share a target and are applied in file order, each onto the result of the last. */
  target: string;
  /** Cells of this row kept as written. */
  kept: KeptCell[];
  /**
   * 同姓同名の可能性: a contact (or an earlier row) with the same name but another department or number. Imported as a
   * separate person unless the user says it is the same one.
   */
  namesake?: { target: string; person: Pick<ContactFields, 'name' | 'department' | 'phones'>; contact?: Contact; row?: number };
}

export interface ImportPlan {
  candidates: ImportCandidate[];
  /** Rows that are not imported: no name, or (never expected) a result the schema refuses. Blank rows are not listed. */
  errors: { rowNumber: number; problems: RowProblem[] }[];
  /** The columns the file has: a row replacing a contact leaves what the file has no column for as it was. */
  columns: CsvColumn[];
}

export interface PlanOptions {
  defaultKind: ContactKind;
  /** Inventory systems by name, for the 担当システム column. */
  systemIdsByName: ReadonlyMap<string, string>;
  onProgress?(done: number, total: number): void;
  /** Called between chunks so a long file does not freeze the screen (e.g. a zero-delay timeout). */
  pause?(): Promise<void>;
}

/** Several systems in one cell; a plain slash may be part of a name (「電子カルテ/オーダ」), so only « / » with spaces. */
const SYSTEM_SEPARATOR = /\s*[\n／;；、]\s*|\s+\/\s+/;
const LEADING_SYSTEM_SEPARATORS = new RegExp(`^(?:${SYSTEM_SEPARATOR.source})+`);
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function cleanCell(cell: string): string {
  return widenHalfWidthKatakana(unescapeCell(cell)).trim();
}

/** 2026-02-15, 2026/2/15 (Excel re-saves dates that way), 2026年2月15日 → YYYY-MM-DD; null when not a date. */
export function parseCsvDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  return isLocalDateString(iso) ? iso : null;
}

/** Inventory names as a cell holds them once cleaned, longest first: 「電子カルテ／オーダ」 wins over 「電子カルテ」. */
const systemNameCache = new WeakMap<ReadonlyMap<string, string>, { name: string; id: string }[]>();
function knownSystems(systemIdsByName: ReadonlyMap<string, string>): { name: string; id: string }[] {
  let known = systemNameCache.get(systemIdsByName);
  if (!known) {
    known = [...systemIdsByName].map(([name, id]) => ({ name: cleanCell(name), id })).filter((s) => s.name !== '');
    known.sort((a, b) => b.name.length - a.name.length);
    systemNameCache.set(systemIdsByName, known);
  }
  return known;
}

/**
 * The systems named in one 担当システム cell. Known inventory names are taken first, because a name may itself hold a
 * separator (「PACS/RIS」「部門システム、検査」) and the app's own export must read back exactly; what is left is split.
 */
export function splitSystems(cell: string, systemIdsByName: ReadonlyMap<string, string>): { ids: string[]; unknown: string[] } {
  const known = knownSystems(systemIdsByName);
  const ids: string[] = [];
  const unknown: string[] = [];
  let rest = cell.replace(LEADING_SYSTEM_SEPARATORS, '').trim();
  while (rest !== '') {
    const hit = known.find(({ name }) => rest.startsWith(name) && (rest.length === name.length || LEADING_SYSTEM_SEPARATORS.test(rest.slice(name.length))));
    const taken = hit?.name ?? rest.split(SYSTEM_SEPARATOR)[0] ?? rest;
    if (hit) ids.push(hit.id);
    else unknown.push(taken.trim());
    rest = rest.slice(Math.max(taken.length, 1)).replace(LEADING_SYSTEM_SEPARATORS, '').trim();
  }
  return { ids, unknown };
}

export type RowReading =
  | { ok: true; fields: ContactFields; id?: string; kept: KeptCell[] }
  | { ok: false; problems: RowProblem[]; blank?: true };

const MAX_PHONES = 12;
const MAX_NUMBER_LENGTH = 60;
const MAX_NOTES_LENGTH = 4000;
const headerOf = (column: CsvColumn): string => CSV_COLUMNS.find((c) => c.column === column)?.header ?? column;

/** Text fields whose cell is taken as it is, within the schema's length. */
const PLAIN_FIELDS = ['organisation', 'department', 'role', 'availability', 'contractNotes'] as const;

/**
 * One row → contact fields. A row with a name always becomes a contact: a cell that does not fit its field is kept
 * as written (a number marked asWritten, or a line in the notes) and the contact is marked 要確認. Only a row
 * without a name, or a blank row, is refused.
 */
export function rowToContact(cells: readonly string[], mapping: ColumnMapping, options: Pick<PlanOptions, 'defaultKind' | 'systemIdsByName'>): RowReading {
  const fields: ContactFields = { ...emptyContactFields(), kind: options.defaultKind };
  const phones: Phone[] = [];
  const kept: KeptCell[] = [];
  const notes: string[] = [];
  let notesCell = '';
  let id: string | undefined;
  const keep = (column: CsvColumn, value: string, how: KeptCell['kept'] = 'notes', line = `${headerOf(column)}：${value}`) => {
    kept.push({ column, value, kept: how });
    if (how !== 'number') notes.push(line);
  };
  let blank = true;
  mapping.forEach((column, i) => {
    if (column === null) return;
    const value = cleanCell(cells[i] ?? '');
    if (value !== '') blank = false;
    if (column.startsWith('phone_')) {
      const label = column.slice('phone_'.length) as PhoneLabel;
      const reading = readPhoneCell(value, label);
      for (const phone of reading.phones) {
        if (phones.length >= MAX_PHONES || (phone.asWritten && phone.number.length > MAX_NUMBER_LENGTH)) {
          keep(column, phone.number);
          continue;
        }
        phones.push({ label: phone.label, number: phone.number, ...(phone.asWritten ? { asWritten: true as const } : {}) });
        if (phone.asWritten) keep(column, phone.number, 'number');
        else if (phone.remark) keep(column, value, 'remark', `${headerOf(phoneColumn(phone.label))} ${phone.number}：${phone.remark}`);
      }
      for (const text of reading.texts) keep(column, text);
    } else if (column === 'id') {
      if (value && ID_PATTERN.test(value)) id = value;
      else if (value) keep(column, value);
    } else if (column === 'kind') {
      if (!value) return;
      const kind = kindByName.get(normalizeForSearch(value));
      if (kind) fields.kind = kind;
      else keep(column, value);
    } else if (column === 'systemsSupported') {
      const systems = splitSystems(value, options.systemIdsByName);
      fields.systemsSupported = systems.ids;
      if (systems.unknown.length > 0) keep(column, systems.unknown.join('、'));
    } else if (column === 'lastVerifiedAt') {
      if (!value) return;
      const date = parseCsvDate(value);
      if (date) fields.lastVerifiedAt = date;
      else keep(column, value);
    } else if (column === 'furigana') {
      const reading = furiganaSchema.safeParse(value);
      if (reading.success) fields.furigana = reading.data;
      else keep(column, value);
    } else if (column === 'email') {
      const email = emailSchema.safeParse(value);
      if (email.success) fields.email = email.data;
      else keep(column, value);
    } else if (column === 'name') {
      fields.name = value.slice(0, 80);
      if (value.length > 80) keep(column, value);
    } else if (column === 'notes') {
      notesCell = value;
    } else {
      const field = PLAIN_FIELDS.find((f) => f === column);
      if (!field) return;
      if (contactSchema.shape[field].safeParse(value).success) fields[field] = value;
      else keep(column, value);
    }
  });
  if (blank) return { ok: false, problems: [], blank: true };
  if (fields.name === '') return { ok: false, problems: [{ column: 'name', message: 'contacts.csv.problem.noName' }] };
  fields.notes = [notesCell, ...notes].filter(Boolean).join('\n').slice(0, MAX_NOTES_LENGTH);
  fields.phones = phones;
  if (kept.some((k) => k.kept !== 'remark')) fields.needsCheck = true;
  const parsed = contactSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ column: CSV_COLUMNS.find((c) => c.column === issue.path[0])?.column ?? null, message: issue.message })) };
  }
  return { ok: true, fields: parsed.data, kept, ...(id ? { id } : {}) };
}

// ── Duplicates ──────────────────────────────────────────────────────────────────────────────────────────────────

function digitsOf(phones: readonly { number: string }[]): Set<string> {
  return new Set(phones.map((p) => p.number.replace(/\D/g, '')).filter((d) => d.length >= 3));
}

/** Two departments both filled in and different: two people, even with a shared 代表 number. */
function otherDepartment(a: Pick<ContactFields, 'department'>, b: Pick<ContactFields, 'department'>): boolean {
  return a.department !== '' && b.department !== '' && normalizeForSearch(a.department) !== normalizeForSearch(b.department);
}

/** An existing contact as an import starts from it: without the fields the repository fills in again. */
function draftOf({ createdAt: _c, updatedAt: _u, updatedBy: _b, ...draft }: Contact): ImportDraft {
  return draft;
}

/**
 * Looks up contacts by id, and by normalised name plus a shared number. Rows accepted by an import are put back
 * (under their target), so a later row for the same person finds the result so far, not the contact as it was.
 */
export class DuplicateFinder {
  private readonly byId = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly targets = new Map<string, ImportDraft>();

  constructor(existing: readonly Contact[]) {
    for (const contact of existing) this.put(contact.id, draftOf(contact));
  }

  get(target: string): ImportDraft | undefined {
    return this.targets.get(target);
  }

  put(target: string, contact: ImportDraft): void {
    const before = this.targets.get(target);
    if (before) this.byName.get(normalizeForSearch(before.name))?.delete(target);
    this.targets.set(target, contact);
    if (contact.id) this.byId.set(contact.id, target);
    const key = normalizeForSearch(contact.name);
    this.byName.set(key, (this.byName.get(key) ?? new Set()).add(target));
  }

  /** The same person: the same ID, or the same name and a shared number in no other department. */
  find(fields: Pick<ContactFields, 'name' | 'phones' | 'department'>, id?: string): { target: string; by: DuplicateMatch } | undefined {
    const sameId = id ? this.byId.get(id) : undefined;
    if (sameId) return { target: sameId, by: 'id' };
    const digits = digitsOf(fields.phones);
    for (const target of this.byName.get(normalizeForSearch(fields.name)) ?? []) {
      const contact = this.targets.get(target);
      if (contact && !otherDepartment(contact, fields) && [...digitsOf(contact.phones)].some((d) => digits.has(d))) return { target, by: 'name' };
    }
    return undefined;
  }

  /** Someone with the same name who is not surely the same person: a question for the user, never a merge. */
  namesake(fields: Pick<ContactFields, 'name'>): string | undefined {
    return [...(this.byName.get(normalizeForSearch(fields.name)) ?? [])][0];
  }
}

/** One accepted row applied to what its contact is so far (nothing yet for a new person). */
function applyRow(current: ImportDraft | undefined, candidate: ImportCandidate, columns: ReadonlySet<CsvColumn>): ImportDraft {
  if (!current) return { ...candidate.fields, ...(candidate.id ? { id: candidate.id } : {}) };
  return candidate.match === 'id' ? replaceContact(current, candidate.fields, columns) : mergeContact(current, candidate.fields);
}

/** Schema problems of a merged or replaced result, for a row that would otherwise produce a record the form cannot save. */
function resultProblems(result: ImportDraft, targetName: string): RowProblem[] {
  const parsed = contactSchema.safeParse(result);
  if (parsed.success) return [];
  return [
    { column: null, message: 'contacts.csv.problem.resultInvalid', value: targetName },
    ...parsed.error.issues.map((issue): RowProblem => {
      const field = issue.path[0];
      const column = typeof field === 'string' && field !== 'phones' && CSV_COLUMNS.some((c) => c.column === field) ? (field as CsvColumn) : null;
      return { column, message: issue.message };
    }),
  ];
}

/**
 * The plan of an import: every row checked, duplicates found, nothing written. Works in chunks, reporting progress
 * and pausing between chunks, so 10,000 rows keep the screen responsive.
 */
export async function planContactImport(table: CsvTable, mapping: ColumnMapping, existing: readonly Contact[], options: PlanOptions): Promise<ImportPlan> {
  const finder = new DuplicateFinder(existing);
  const existingById = new Map(existing.map((c) => [c.id, c]));
  const columns = mapping.filter((c): c is CsvColumn => c !== null);
  const columnSet = new Set(columns);
  const plan: ImportPlan = { candidates: [], errors: [], columns };
  const seenIds = new Set<string>();
  const firstRowOf = new Map<string, number>();
  const chunk = 500;
  for (let start = 0; start < table.rows.length; start += chunk) {
    const end = Math.min(start + chunk, table.rows.length);
    for (let i = start; i < end; i++) {
      const rowNumber = table.rowNumbers[i] ?? i + 2;
      const result = rowToContact(table.rows[i] ?? [], mapping, options);
      if (!result.ok) {
        if (!result.blank) plan.errors.push({ rowNumber, problems: result.problems });
        continue;
      }
      const kept = [...result.kept];
      let id = result.id;
      if (id && seenIds.has(id)) {
        // The same ID twice in one file: the second row is a person of its own, its ID kept in the notes.
        kept.push({ column: 'id', value: id, kept: 'notes' });
        result.fields.notes = [result.fields.notes, `${headerOf('id')}：${id}`].filter(Boolean).join('\n');
        result.fields.needsCheck = true;
        id = undefined;
      }
      if (id) seenIds.add(id);
      const hit = finder.find(result.fields, id);
      const namesakeTarget = hit ? undefined : finder.namesake(result.fields);
      const target = hit?.target ?? id ?? `row:${rowNumber}`;
      const duplicateOf = existingById.get(target);
      const namesakeContact = namesakeTarget ? existingById.get(namesakeTarget) : undefined;
      const candidate: ImportCandidate = {
        rowNumber,
        fields: result.fields,
        target,
        kept,
        ...(id ? { id } : {}),
        ...(hit && duplicateOf ? { duplicateOf, match: hit.by } : {}),
        ...(hit && !duplicateOf ? { sameAsRow: firstRowOf.get(target) ?? rowNumber, match: hit.by } : {}),
        ...(namesakeTarget
          ? {
              namesake: {
                target: namesakeTarget,
                person: finder.get(namesakeTarget) ?? { name: '', department: '', phones: [] },
                ...(namesakeContact ? { contact: namesakeContact } : { row: firstRowOf.get(namesakeTarget) ?? rowNumber }),
              },
            }
          : {}),
      };
      const current = finder.get(target);
      const applied = applyRow(hit ? current : undefined, candidate, columnSet);
      const problems = hit ? resultProblems(applied, current?.name ?? '') : [];
      if (problems.length > 0) {
        plan.errors.push({ rowNumber, problems });
        continue;
      }
      plan.candidates.push(candidate);
      finder.put(target, applied);
      if (!firstRowOf.has(target)) firstRowOf.set(target, rowNumber);
    }
    options.onProgress?.(end, table.rows.length);
    if (end < table.rows.length) await options.pause?.();
  }
  return plan;
}

const TEXT_FIELDS = ['name', 'furigana', 'organisation', 'department', 'role', 'email', 'availability', 'contractNotes', 'notes'] as const;

/** A contact completed by an imported row: filled-in fields win, numbers and systems are combined; the kind stays. */
export function mergeContact<T extends ContactFields>(existing: T, incoming: ContactFields): T {
  const merged: T = { ...existing };
  for (const key of TEXT_FIELDS) {
    if (incoming[key] !== '') merged[key] = incoming[key];
  }
  const phoneKey = (p: { label: string; number: string }) => `${p.label}:${p.number.replace(/\D/g, '')}`;
  const known = new Set(existing.phones.filter((p) => p.number).map(phoneKey));
  merged.phones = [...existing.phones.filter((p) => p.number || !incoming.phones.some((q) => q.label === p.label)), ...incoming.phones.filter((p) => !known.has(phoneKey(p)))];
  merged.systemsSupported = [...new Set([...existing.systemsSupported, ...incoming.systemsSupported])];
  if (incoming.lastVerifiedAt > existing.lastVerifiedAt) merged.lastVerifiedAt = incoming.lastVerifiedAt;
  if (incoming.needsCheck) merged.needsCheck = true;
  return merged;
}

/**
 * A contact replaced by its own edited row: every field the file has a column for is the row's, emptied cells
 * included (a corrected 携帯 replaces the old one, a cleared メール is cleared). Fields the file has no column for
 * stay, and so does an empty 「未登録」 number the row does not fill in.
 */
export function replaceContact<T extends ContactFields>(existing: T, incoming: ContactFields, columns: ReadonlySet<CsvColumn>): T {
  const replaced: T = { ...existing };
  for (const key of TEXT_FIELDS) {
    if (columns.has(key)) replaced[key] = incoming[key];
  }
  if (columns.has('kind')) replaced.kind = incoming.kind;
  if (columns.has('systemsSupported')) replaced.systemsSupported = incoming.systemsSupported;
  if (columns.has('lastVerifiedAt')) replaced.lastVerifiedAt = incoming.lastVerifiedAt;
  const inFile = (label: PhoneLabel) => columns.has(phoneColumn(label));
  replaced.phones = [
    ...existing.phones.filter((p) => !inFile(p.label) || (p.number === '' && !incoming.phones.some((q) => q.label === p.label))),
    ...incoming.phones.filter((p) => inFile(p.label)),
  ];
  if (incoming.needsCheck) replaced.needsCheck = true;
  return replaced;
}

/**
 * What the user chose for a row: 'merge' into the contact it matches (the default for a sure duplicate), 'separate'
 * — a person of its own (the default for a namesake), or 'skip' — left out (unticked).
 */
export type DuplicateChoice = 'merge' | 'separate' | 'skip';

/** Rows that need a choice: those for a contact already in the workbook or for a person an earlier row brings in. */
export function needsChoice(candidate: ImportCandidate): boolean {
  return candidate.duplicateOf !== undefined || candidate.sameAsRow !== undefined;
}

/** The choice in force for a row: the user's, or the default that merges nothing silently. */
export function choiceFor(candidate: ImportCandidate, choices: ReadonlyMap<number, DuplicateChoice>): DuplicateChoice {
  return choices.get(candidate.rowNumber) ?? (needsChoice(candidate) ? 'merge' : 'separate');
}

export interface ImportOutcome {
  /** One per contact written: new ones, and existing ones under their id. */
  drafts: ImportDraft[];
  /** Contacts created and existing contacts changed. */
  added: number;
  updated: number;
  /** Contacts written with a cell kept as written (要確認付きで取込). */
  flagged: number;
  /** Rows: replacing a contact by ID, merged into a contact (existing or from an earlier row), left out by the user. */
  replaced: number;
  merged: number;
  skipped: number;
  /** Rows not imported: left out by the user, and rows without a name. */
  notImported: number;
}

/** What will be written once the user confirms, and the counts the confirmation shows: the same computation. */
export function importOutcome(plan: ImportPlan, choices: ReadonlyMap<number, DuplicateChoice>): ImportOutcome {
  const columns = new Set(plan.columns);
  const results = new Map<string, ImportDraft>();
  const flagged = new Set<string>();
  const outcome: ImportOutcome = { drafts: [], added: 0, updated: 0, flagged: 0, replaced: 0, merged: 0, skipped: 0, notImported: 0 };
  for (const candidate of plan.candidates) {
    const choice = choiceFor(candidate, choices);
    if (choice === 'skip') {
      outcome.skipped++;
      continue;
    }
    // A namesake the user says is the same person joins that contact (or that earlier row), as a name match does.
    const joins = candidate.namesake !== undefined && choice === 'merge';
    const target = joins ? (candidate.namesake?.target ?? candidate.target) : candidate.target;
    const base = joins ? candidate.namesake?.contact : candidate.duplicateOf;
    const applied: ImportCandidate = joins ? { ...candidate, match: 'name' } : candidate;
    const current = results.get(target);
    if (!current) outcome[base ? 'updated' : 'added']++;
    if (applied.match === 'id') outcome.replaced++;
    else if (applied.match === 'name') outcome.merged++;
    results.set(target, applyRow(current ?? (base && draftOf(base)), applied, columns));
    if (candidate.fields.needsCheck) flagged.add(target);
  }
  outcome.drafts = [...results.values()];
  outcome.flagged = flagged.size;
  outcome.notImported = outcome.skipped + plan.errors.length;
  return outcome;
}

export function importDrafts(plan: ImportPlan, choices: ReadonlyMap<number, DuplicateChoice>): ImportDraft[] {
  return importOutcome(plan, choices).drafts;
}

// ── Export ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Header row + one row per contact, every column of CSV_COLUMNS; several numbers of one kind share a cell. */
export function contactsToCsvRows(contacts: readonly Contact[], systemNamesById: ReadonlyMap<string, string>): string[][] {
  const header = CSV_COLUMNS.map((c) => c.header);
  const rows = contacts.map((contact) =>
    CSV_COLUMNS.map(({ column }): string => {
      if (column.startsWith('phone_')) {
        const label = column.slice('phone_'.length);
        return contact.phones
          .filter((p) => p.label === label && p.number)
          .map((p) => p.number)
          .join(' / ');
      }
      switch (column) {
        case 'kind':
          return kindLabel(contact.kind);
        case 'systemsSupported':
          return contact.systemsSupported.map((id) => systemNamesById.get(id) ?? '').filter(Boolean).join(' / ');
        case 'id':
          return contact.id;
        default:
          return String(contact[column as Exclude<CsvColumn, PhoneColumn | 'kind' | 'systemsSupported' | 'id'>] ?? '');
      }
    }),
  );
  return [header, ...rows];
}

export const ALL_PHONE_COLUMNS: readonly PhoneColumn[] = phoneLabels.map(phoneColumn);
