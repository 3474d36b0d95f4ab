/**
 * A cheap, linear pre-scan of raw HTML: how many tags it has and roughly how deeply they nest.
 * The HTML parser underneath linkedom and sanitize-html takes quadratic time on deep nesting,
 * so hostile input must be caught before it is parsed. Elements whose end tag is optional
 * (p, li, td…) and void elements (br, img…) do not count towards the depth.
 */

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "colgroup",
  "rb",
  "rt",
  "rp",
  "html",
  "head",
  "body",
]);
// Only tag starts are matched: the parser accepts "<" inside unquoted attribute values, so
// "<a href=<p>" opens an element even though no ">" follows the name directly.
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>]{0,2000}?(\/)>)?/g;

export function measureHtml(html: string): { tags: number; depth: number } {
  let tags = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const match of html.matchAll(TAG_RE)) {
    tags++;
    const [, closing, rawName, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
  }
  return { tags, depth: maxDepth };
}
