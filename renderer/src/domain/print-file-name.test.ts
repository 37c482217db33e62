import { describe, expect, it } from 'vitest';
import { pdfFileName } from './print-file-name';

describe('pdfFileName', () => {
  it('names the document, the facility and the day', () => {
    expect(pdfFileName('表紙', 'さくら市立総合病院', new Date(2026, 10, 21))).toBe('表紙_さくら市立総合病院_20261121.pdf');
  });
  it('replaces characters Windows refuses, so the save dialog accepts the suggestion', () => {
    expect(pdfFileName('表紙', 'A/B:C*病院?', new Date(2026, 0, 2))).toBe('表紙_A_B_C_病院__20260102.pdf');
  });
});
