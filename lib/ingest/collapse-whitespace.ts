/**
 * Collapses runs of ASCII whitespace (as HTML does) into one space and trims.
 * No-break spaces (U+00A0, U+202F) are kept: French typography uses them before ":", "?", "»".
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, " ").trim();
}
