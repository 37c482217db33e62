import { execFileSync } from 'node:child_process';

/** Text of a PDF as poppler extracts it (what a search in a PDF viewer would find). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** pdffonts rows: name, and whether the font is embedded and subset. */
export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object ID: emb/sub/uni are the 5th–3rd columns from the end.
    return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes', subset: cols.at(-4) === 'yes' };
  });
}
