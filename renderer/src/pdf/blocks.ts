import type { Content } from './doc-types';

/** Building blocks shared by documents, on top of the frame's styles. */

export type HeadingStyle = 'h1' | 'h2';

/** A heading the frame keeps with what follows (see keepHeadingsWithContent in frame.ts). */
export function heading(text: string, style: HeadingStyle = 'h1', margin?: [number, number, number, number]): Content {
  return { text, style, headlineLevel: style === 'h1' ? 1 : 2, ...(margin ? { margin } : {}) };
}

/**
 * A titled block. Not `unbreakable`: a long body (a table of 200 contacts) must flow over pages, and pdfmake drops
 * unbreakable blocks taller than a page; the heading is kept with the body by orphan control instead.
 */
export function section(title: string, body: Content, options: { margin?: [number, number, number, number] } = {}): Content {
  return {
    stack: [heading(title, 'h2', [0, 0, 0, 4]), body],
    ...(options.margin ? { margin: options.margin } : {}),
  };
}
