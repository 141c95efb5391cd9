/**
 * Engines mark matches with two private-use characters instead of HTML tags, because neither
 * engine escapes the rest of the text the way a browser needs. `renderHighlight` then escapes every
 * character and turns only the markers into `<mark>`: the one place that produces HTML, so product
 * text can never inject markup. Documents are stored without these characters (see
 * `withoutHighlightMarkers`), so a marker in a fragment always comes from the engine.
 */
export const highlightStart = '\uE000';
export const highlightEnd = '\uE001';

const markers = /[\uE000\uE001]/g;

export const withoutHighlightMarkers = (text: string): string => text.replace(markers, '');

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

/** Escaped HTML with `<mark>` around the marked parts; unbalanced markers still give valid markup. */
export function renderHighlight(fragment: string): string {
  let html = '';
  let open = false;
  for (const part of fragment.split(/([\uE000\uE001])/)) {
    if (part === highlightStart) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === highlightEnd) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The fragments of a field joined for display, or undefined when nothing in them matched. */
export function renderHighlights(fragments: readonly string[] | undefined): string | undefined {
  const marked = (fragments ?? []).filter((fragment) => fragment.includes(highlightStart));
  return marked.length === 0 ? undefined : marked.map(renderHighlight).join(' … ');
}

/** A hit's highlights from an engine's marked fragments per field; a field without a match is left out. */
export function hitHighlights(fragments: {
  name?: readonly string[];
  description?: readonly string[];
}): { name?: string; description?: string } {
  const name = renderHighlights(fragments.name);
  const description = renderHighlights(fragments.description);
  return {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
  };
}
