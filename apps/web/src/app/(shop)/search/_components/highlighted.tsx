/**
 * Text with the matched words marked. The engines escape every character of the product's text and
 * add only `<mark>` (see packages/read-models/src/search/highlight.ts), so the markup is safe as is.
 */
export function Highlighted({ html }: { html: string }) {
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}
