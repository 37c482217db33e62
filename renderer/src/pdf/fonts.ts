/**
 * The one font family every document uses. The TTFs live in resources/fonts (Vite's publicDir), so at runtime they
 * are plain files next to the app, fetched by the render worker, and never inlined into a JS bundle.
 */
export const FONT_FAMILY = 'NotoSansJP';

export const FONT_FILES = {
  regular: 'NotoSansJP-Regular.ttf',
  bold: 'NotoSansJP-Bold.ttf',
} as const;

export type FontFile = (typeof FONT_FILES)[keyof typeof FONT_FILES];

export interface FontVariants {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/**
 * pdfmake's font dictionary, with each file name passed through `locate` (a virtual-fs key or an absolute path).
 * Japanese has no italic face, so italics map to the upright files instead of failing on a stray `italics: true`.
 */
export function fontDictionary(locate: (file: FontFile) => string): Record<string, FontVariants> {
  const normal = locate(FONT_FILES.regular);
  const bold = locate(FONT_FILES.bold);
  return { [FONT_FAMILY]: { normal, bold, italics: normal, bolditalics: bold } };
}
