import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markup } from './Markup';

describe('procedure text on screen', () => {
  it('shows the numbers staff typed and leaves a decimal dose as text', () => {
    const html = renderToStaticMarkup(createElement(Markup, { text: '3. 採血する\n5. 点滴を開始する\n\n0.5mLずつ追加する' }));
    expect(html).toContain('<li value="3">採血する</li><li value="5">点滴を開始する</li>');
    expect(html).toContain('<p>0.5mLずつ追加する</p>');
  });
});
