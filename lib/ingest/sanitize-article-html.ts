import sanitizeHtml from "sanitize-html";

const STRUCTURAL_TAGS = [
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "div",
  "section",
  "article",
  "main",
  "figure",
  "figcaption",
  "pre",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "dl",
  "dt",
  "dd",
  "hr",
  "address",
  "details",
  "summary",
  "center",
  "fieldset",
  "legend",
];
const INLINE_TAGS = [
  "a",
  "em",
  "i",
  "strong",
  "b",
  "code",
  "sup",
  "sub",
  "s",
  "del",
  "ins",
  "u",
  "mark",
  "small",
  "abbr",
  "q",
  "cite",
  "kbd",
  "var",
  "samp",
  "span",
  "img",
  "br",
];
/** Page chrome, kept as block boundaries inside an extracted article or dropped with its text. */
export type ChromeTag = "header" | "footer" | "nav" | "aside";
const CHROME_TAGS: readonly ChromeTag[] = ["header", "footer", "nav", "aside"];
// Elements whose text is never article text.
const NON_TEXT_TAGS = [
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "option",
  "select",
  "button",
  "form",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "title",
  "head",
];

const MAX_NESTING = 100;

/**
 * Keeps only structural and inline elements with safe attributes (links: href, title; images:
 * src, alt, title). Scripts, styles, event handlers, iframes and javascript: URLs are removed.
 * `dropChrome` lists page-chrome elements to remove with their text (for pages Readability could
 * not reduce to an article); the others are kept as plain containers.
 */
export function sanitizeArticleHtml(html: string, options: { dropChrome: readonly ChromeTag[] }): string {
  const kept = CHROME_TAGS.filter((tag) => !options.dropChrome.includes(tag));
  return sanitizeHtml(html, {
    allowedTags: [...STRUCTURAL_TAGS, ...INLINE_TAGS, ...kept],
    nonTextTags: [...NON_TEXT_TAGS, ...options.dropChrome],
    allowedAttributes: {
      a: ["href", "title"],
      img: ["src", "alt", "title"],
      abbr: ["title"],
      span: ["lang", "dir"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: true,
    disallowedTagsMode: "discard",
    parseStyleAttributes: false,
    // Deeper tags are dropped (their text kept), so hostile nesting cannot make the DOM walk slow.
    nestingLimit: MAX_NESTING,
  });
}
