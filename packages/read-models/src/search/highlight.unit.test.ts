import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  highlightEnd as end,
  highlightStart as start,
  hitHighlights,
  renderHighlight,
  withoutHighlightMarkers,
} from './highlight';

describe('renderHighlight', () => {
  it('puts <mark> around the marked words and escapes the rest', () => {
    expect(renderHighlight(`<b>"Tom's"</b> & ${start}lamp${end}`)).toBe(
      '&lt;b&gt;&quot;Tom&#39;s&quot;&lt;/b&gt; &amp; <mark>lamp</mark>',
    );
  });

  it('escapes markup inside a marked word too', () => {
    expect(renderHighlight(`${start}<img src=x onerror=alert(1)>${end}`)).toBe(
      '<mark>&lt;img src=x onerror=alert(1)&gt;</mark>',
    );
  });

  it('closes what it opened, whatever the markers', () => {
    expect(renderHighlight(`${start}open`)).toBe('<mark>open</mark>');
    expect(renderHighlight(`stray${end} ${start}${start}twice${end}${end}`)).toBe(
      'stray <mark>twice</mark>',
    );
  });

  it('never lets any markup but <mark> through, for any text', () => {
    const text = fc.string({
      unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', '/', start, end),
    });
    fc.assert(
      fc.property(text, (fragment) => {
        const html = renderHighlight(fragment);
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
        expect(html.match(/<mark>/g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0);
        const text = html.replace(/<\/?mark>/g, '');
        expect(text).toBe(escapeHtml(withoutHighlightMarkers(fragment)));
      }),
    );
  });
});

describe('hitHighlights', () => {
  it('keeps only the fields where something matched, joining fragments', () => {
    expect(
      hitHighlights({
        name: ['Desk lamp'],
        description: [`a ${start}lamp${end} here`, 'nothing', `${start}lamp${end} there`],
      }),
    ).toEqual({ description: 'a <mark>lamp</mark> here … <mark>lamp</mark> there' });
    expect(hitHighlights({})).toEqual({});
  });
});
