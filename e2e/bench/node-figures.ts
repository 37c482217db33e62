/**
 * Figures measured in Node with the app's own code: PDF rendering (ours against raw pdfmake in the same run),
 * the CP932 CSV import pipeline, and backup export + verify / restore. IndexedDB is fake-indexeddb here, which is
 * slower than Chromium's, so the database figures are on the safe side.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { exportAndVerifyWorkbook, readBackupFile, restoreWorkbook } from '../../renderer/src/db/workbook-backup';
import type { BcpDatabase } from '../../renderer/src/db/database';
import { contactsToCsvRows } from '../../renderer/src/domain/contacts/contact-csv';
import { encodeCp932 } from '../../renderer/src/base/csv-encoding';
import { serializeCsv } from '../../renderer/src/base/csv';
import type { Contact } from '../../renderer/src/domain/contacts/contact';
import { writeContactImport } from '../../renderer/src/db/contacts-store';
import { prepareContactImport } from '../../renderer/src/features/contacts/contact-import';
import { buildContactList, phoneLines } from '../../renderer/src/pdf/documents/contacts/contact-list';
import { buildHospitalKitDocument, type KitDepartment } from '../../renderer/src/pdf/documents/paper/kit';
import { toPdfmakeDefinition, type PdfDocument } from '../../renderer/src/pdf/frame';
import { formFixture, ledgerFixture, paperContext, procedureFixture } from '../../renderer/src/domain/testing/paper-fixtures';
import { renderPdfNode } from '../../renderer/src/pdf/testing/render-node';
import { createSyntheticWorkbook, BENCH_USER } from './synthetic-workbook';
import { summarize, timeRuns, type Summary } from './stats';

const fonts = { dir: path.resolve(import.meta.dirname, '../../resources/fonts'), readFile: (p: string) => readFile(p) };

function pageCountOf(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

interface PdfFigure {
  pages: number;
  ours: Summary & { pagesPerSecond: number };
  rawPdfmake: Summary & { pagesPerSecond: number };
  /**
   * What the frame, builders and layouts cost: the median of ours / raw over runs taken back to back, so a slow
   * spell of the machine falls on both sides of each ratio.
   */
  overhead: number;
}

export async function comparePdf(ours: PdfDocument, raw: () => Record<string, unknown>, runs: number): Promise<PdfFigure> {
  let pages = 0;
  let rawPages = 0;
  const renderOurs = async () => (pages = (await renderPdfNode(ours, fonts)).pageCount);
  // renderPdfNode has registered the fonts and table layouts on pdfmake's shared instance; raw uses them as is.
  const renderRaw = async () => (rawPages = pageCountOf(await pdfmake.createPdf(raw()).getBuffer()));
  // Alternate the two so that garbage collection and machine load fall on both alike.
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  await renderOurs();
  await renderRaw();
  for (let i = 0; i < runs; i++) {
    oursMs.push(...(await timeRuns(1, renderOurs, 0)));
    rawMs.push(...(await timeRuns(1, renderRaw, 0)));
  }
  const o = summarize(oursMs);
  const r = summarize(rawMs);
  return {
    pages,
    ours: { ...o, pagesPerSecond: Math.round((pages / o.median) * 1000 * 10) / 10 },
    rawPdfmake: { ...r, pagesPerSecond: Math.round((rawPages / r.median) * 1000 * 10) / 10 },
    overhead: summarize(oursMs.map((ms, i) => ms / rawMs[i]!)).median,
  };
}

/** The 10,000-contact 緊急連絡先一覧 against a plain pdfmake table of the same rows and font. */
export async function contactListPdf(contacts: readonly Contact[], runs: number): Promise<PdfFigure> {
  const doc = buildContactList({ context: { ...paperContext, demo: false }, contacts });
  const text = (c: Content) => JSON.stringify(c).replace(/"[a-zA-Z]+":|[{}[\]"]/g, ' ');
  type Content = ReturnType<typeof phoneLines>;
  const body = [
    ['氏名', 'フリガナ', '所属', '役職', '電話番号', '最終確認日'],
    ...contacts.map((c) => [c.name, c.furigana, `${c.organisation} ${c.department}`, c.role, text(phoneLines(c)), c.lastVerifiedAt]),
  ];
  return comparePdf(doc, () => ({
    pageSize: 'A4',
    defaultStyle: { font: 'NotoSansJP', fontSize: 8 },
    content: [{ table: { headerRows: 1, widths: [70, 80, '*', 50, 110, 55], body } }],
  }), runs);
}

/** A whole-hospital downtime kit of about 100 pages against the same content without our page frame. */
export async function kitPdf(runs: number): Promise<PdfFigure> {
  const departments: KitDepartment[] = ['外来受付', '会計', '病棟', '薬剤', '検査', '放射線', '手術', '救急', '給食', '医事'].map((department, i) => ({
    department,
    procedures: [procedureFixture({ department, title: `${department}の紙運用` })],
    forms: [
      { form: formFixture({ title: `${department} 受付票`, department }), sheets: 4 },
      { form: formFixture({ title: `${department} 指示記録`, department, orientation: i % 2 ? 'landscape' : 'portrait' }), sheets: 4 },
      ...(i === 0 ? [{ form: ledgerFixture(), sheets: 2 }] : []),
    ],
  }));
  const doc = buildHospitalKitDocument({ context: { ...paperContext, demo: false }, departments, quantityNote: '各様式 4部', formTitles: new Map() });
  return comparePdf(doc, () => withoutFrame(doc), runs);
}

/** The same content as plain pdfmake: our document without the page frame (header, footer, background, watermark). */
export function withoutFrame(doc: PdfDocument): Record<string, unknown> {
  const { header: _h, footer: _f, background: _b, watermark: _w, ...rest } = toPdfmakeDefinition(doc) as Record<string, unknown>;
  return rest;
}

/** 10,000 contacts exported as CP932 CSV, then read, checked and written back in one transaction. */
export async function csvImport(contacts: readonly Contact[], runs: number) {
  // Exactly what the export dialog writes (header row included), as an Excel user would hand it back.
  const encoded = encodeCp932(serializeCsv(contactsToCsvRows(contacts, new Map())), '?');
  if (!encoded.ok) throw new Error('CP932 encoding failed');
  const bytes = encoded.bytes;
  const parse: number[] = [];
  const write: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const db = await createSyntheticWorkbook({ empty: true });
    let start = performance.now();
    const prepared = await prepareContactImport(bytes, [], { defaultKind: 'staff', systemIdsByName: new Map() });
    const parseMs = performance.now() - start;
    if (!prepared.ok) throw new Error(`import refused: ${JSON.stringify(prepared.problem)}`);
    start = performance.now();
    const written = await writeContactImport(db, prepared.plan, new Map(), { actor: BENCH_USER });
    const writeMs = performance.now() - start;
    if (written !== contacts.length) throw new Error(`wrote ${written} of ${contacts.length}`);
    db.close();
    if (i > 0) {
      parse.push(parseMs);
      write.push(writeMs);
    }
  }
  const total = parse.map((p, i) => p + write[i]!);
  return { rows: contacts.length, bytes: bytes.byteLength, parseAndCheck: summarize(parse), write: summarize(write), total: summarize(total) };
}

/** Export + verify of the large workbook, and restoring that file over it. */
export async function backupRoundTrip(db: BcpDatabase, runs: number) {
  let bytes: Uint8Array = new Uint8Array();
  const exportMs = await timeRuns(runs, async () => (bytes = (await exportAndVerifyWorkbook(db, { appVersion: 'bench', purpose: 'manual' })).bytes));
  const restoreMs = await timeRuns(runs, async () => restoreWorkbook(db, await readBackupFile(bytes), { actor: BENCH_USER, mode: { kind: 'restore' } }));
  return { fileBytes: bytes.byteLength, exportAndVerify: summarize(exportMs), restore: summarize(restoreMs) };
}
