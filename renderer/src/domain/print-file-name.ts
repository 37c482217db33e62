import { toLocalDateString } from '../base/local-date';

/** Characters Windows refuses in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** 20261121: the local calendar date, as on the paper. */
export function fileDateStamp(date: Date): string {
  return toLocalDateString(date).replaceAll('-', '');
}

/** 「表紙_さくら病院_20261121.pdf」: what a document is, whose, and when, safe on every file system. */
export function pdfFileName(documentTitle: string, facilityName: string, printedAt: Date): string {
  const clean = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 60);
  const parts = [clean(documentTitle), clean(facilityName), fileDateStamp(printedAt)].filter(Boolean);
  return `${parts.join('_')}.pdf`;
}
