import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { collapseWhitespace } from "./collapse-whitespace";
import { extractMtProvenance, mayContainMtFooter } from "./extract-provenance";
import { IngestError } from "./ingest-error";
import { escapeHtml } from "./markdown-inline";
import { parseDateToIso } from "./parse-date";
import { parseHtmlFragment } from "./parse-html";
import { readSanitizedHtml, textContent } from "./read-sanitized-html";
import { sanitizeArticleHtml } from "./sanitize-article-html";

export type FeedItem = {
  title: string;
  link: string | null;
  guid: string | null;
  /** ISO 8601 (UTC), or null when missing or unreadable. */
  published: string | null;
  contentHtml: string | null;
  /** The original post's URL, from the machine-translation footer in the content, when present. */
  sourceUrl: string | null;
};

/** Feeds carry many full articles, so they get a larger cap than a single document. */
export const MAX_FEED_BYTES = 10_000_000;

// Entities and CDATA are handled here, not by the parser: CDATA must stay raw, text must be
// XML-decoded exactly once, and HTML-only entities (&nbsp;) are left for the HTML parser.
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: "#cdata",
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
} as const;

/** A node of fast-xml-parser's `preserveOrder` output: `{ name: children, ":@": attributes }` or `{ "#text": … }`. */
type XmlNode = Record<string, unknown>;

/**
 * Parses an RSS 2.0 (also RSS 1.0/RDF) or Atom 1.0 feed. Missing fields become null; an item
 * without a title gets "". Throws IngestError EMPTY, TOO_LARGE or MALFORMED (not XML, or not a feed).
 */
export function parseFeed(xml: string): { title: string | null; items: FeedItem[] } {
  if (typeof xml !== "string" || xml.trim() === "") throw new IngestError("EMPTY", "The feed is empty.");
  if (xml.length > MAX_FEED_BYTES) {
    throw new IngestError("TOO_LARGE", `The feed is larger than ${MAX_FEED_BYTES / 1_000_000} MB.`);
  }
  const source = repairBareAmpersands(xml.replace(/^\uFEFF/, "").trimStart());
  const root = readXml(source);
  const rss = findChild(root, "rss");
  if (rss) {
    const channel = findChild(childrenOf(rss), "channel");
    const channelChildren = channel ? childrenOf(channel) : [];
    return {
      title: textOrNull(findChild(channelChildren, "title"), true),
      items: findChildren(channelChildren, "item").map(readRssItem),
    };
  }
  const rdf = findChild(root, "RDF");
  if (rdf) {
    const channel = findChild(childrenOf(rdf), "channel");
    return {
      title: channel ? textOrNull(findChild(childrenOf(channel), "title"), true) : null,
      items: findChildren(childrenOf(rdf), "item").map(readRssItem),
    };
  }
  const feed = findChild(root, "feed");
  if (feed) {
    return {
      title: readAtomText(findChild(childrenOf(feed), "title")),
      items: findChildren(childrenOf(feed), "entry").map(readAtomEntry),
    };
  }
  throw new IngestError("MALFORMED", "This is XML, but not an RSS or Atom feed.");
}

function readXml(xml: string): XmlNode[] {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw new IngestError("MALFORMED", `The feed is not well-formed XML (line ${line}: ${msg.replace(/\.$/, "")}).`);
  }
  try {
    const parsed: unknown = new XMLParser(PARSER_OPTIONS).parse(xml);
    return Array.isArray(parsed) ? (parsed.filter(isNode) as XmlNode[]) : [];
  } catch {
    throw new IngestError("MALFORMED", "The feed could not be read as XML (it may be nested too deeply or truncated).");
  }
}

// Real feeds often contain "AT&T" outside CDATA, which strict XML rejects; escape such ampersands.
function repairBareAmpersands(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/&(?!#\d{1,7};|#x[0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g, "&amp;"),
    )
    .join("");
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nameOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return null;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const name = nameOf(node);
  const children = name ? node[name] : null;
  return Array.isArray(children) ? children.filter(isNode) : [];
}

function findChildren(nodes: XmlNode[], local: string): XmlNode[] {
  return nodes.filter((node) => {
    const name = nameOf(node);
    return name !== null && !name.startsWith("#") && localName(name) === local;
  });
}

function findChild(nodes: XmlNode[], local: string): XmlNode | null {
  return findChildren(nodes, local)[0] ?? null;
}

function attribute(node: XmlNode, name: string): string | null {
  const attributes = node[":@"];
  if (!isNode(attributes)) return null;
  const value = attributes[`@_${name}`];
  return typeof value === "string" || typeof value === "number" ? decodeXmlEntities(String(value)) : null;
}

/** The text of an element: text nodes XML-decoded, CDATA sections raw, child elements' text included. */
function textOf(node: XmlNode, depth = 0): string {
  let text = "";
  for (const child of childrenOf(node)) {
    const name = nameOf(child);
    if (name === "#text") text += decodeXmlEntities(String(child["#text"] ?? ""));
    else if (name === "#cdata")
      text += childrenOf(child)
        .map((part) => String(part["#text"] ?? ""))
        .join("");
    else if (depth < 50) text += textOf(child, depth + 1);
  }
  return text;
}

function textOrNull(node: XmlNode | null, isHtmlish = false): string | null {
  if (!node) return null;
  const text = isHtmlish ? htmlToPlainText(textOf(node)) : collapseWhitespace(textOf(node));
  return text === "" ? null : text;
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g, (match, named, dec, hex) => {
    if (named) return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[named as "lt"] ?? match;
    const code = dec ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
  });
}

// RSS titles are often HTML-escaped ("Tom &amp;amp; Jerry", "<em>…</em>"); show them as readers do.
function htmlToPlainText(text: string): string {
  if (!/[<&]/.test(text)) return collapseWhitespace(text);
  try {
    return collapseWhitespace(
      textContent(readSanitizedHtml(sanitizeArticleHtml(`<p>${text}</p>`, { dropChrome: [] }))),
    );
  } catch {
    return collapseWhitespace(text);
  }
}

function readRssItem(item: XmlNode): FeedItem {
  const children = childrenOf(item);
  const guidNode = findChild(children, "guid");
  const guid = textOrNull(guidNode);
  const links = findChildren(children, "link");
  const textLink = links.map((node) => textOrNull(node)).find((text) => text !== null) ?? null;
  // Some RSS feeds use Atom-style <atom:link href> for the item's page.
  const hrefLink = links.find(
    (node) => (attribute(node, "rel") ?? "alternate") === "alternate" && attribute(node, "href"),
  );
  let link = textLink ?? (hrefLink ? attribute(hrefLink, "href") : null);
  // A guid is a permalink unless it says otherwise.
  if (!link && guid && guidNode && attribute(guidNode, "isPermaLink") !== "false" && /^https?:\/\//i.test(guid))
    link = guid;
  const dateNode =
    findChild(children, "pubDate") ??
    findChild(children, "date") ??
    findChild(children, "published") ??
    findChild(children, "updated");
  const contentNode = findChild(children, "encoded") ?? findChild(children, "description");
  const contentHtml = contentNode ? textOf(contentNode).trim() || null : null;
  return {
    title: textOrNull(findChild(children, "title"), true) ?? "",
    link,
    guid,
    published: dateNode ? parseDateToIso(textOf(dateNode)) : null,
    contentHtml,
    sourceUrl: findSourceUrl(contentHtml),
  };
}

function readAtomEntry(entry: XmlNode): FeedItem {
  const children = childrenOf(entry);
  const links = findChildren(children, "link");
  const alternate =
    links.find((node) => (attribute(node, "rel") ?? "alternate") === "alternate" && attribute(node, "href")) ??
    links.find((node) => attribute(node, "href"));
  const dateNode = findChild(children, "published") ?? findChild(children, "updated");
  const contentHtml =
    readAtomContent(findChild(children, "content")) ?? readAtomContent(findChild(children, "summary"));
  return {
    title: readAtomText(findChild(children, "title")) ?? "",
    link: alternate ? attribute(alternate, "href") : null,
    guid: textOrNull(findChild(children, "id")),
    published: dateNode ? parseDateToIso(textOf(dateNode)) : null,
    contentHtml,
    sourceUrl: findSourceUrl(contentHtml),
  };
}

/** Atom text constructs: type="text" (default), "html" (escaped HTML) or "xhtml" (inline XHTML). */
function readAtomText(node: XmlNode | null): string | null {
  if (!node) return null;
  const type = attribute(node, "type") ?? "text";
  return textOrNull(node, type === "html" || type === "xhtml");
}

function readAtomContent(node: XmlNode | null): string | null {
  if (!node || attribute(node, "src")) return null;
  const type = (attribute(node, "type") ?? "text").toLowerCase();
  let html: string;
  if (type === "xhtml" || type.endsWith("+xml") || type === "application/xhtml+xml") {
    try {
      html = String(new XMLBuilder(PARSER_OPTIONS).build(childrenOf(node)));
    } catch {
      return null;
    }
  } else if (type === "html" || type === "text/html") {
    html = textOf(node);
  } else {
    html = escapeHtml(textOf(node));
  }
  html = html.trim();
  return html === "" ? null : html;
}

function findSourceUrl(contentHtml: string | null): string | null {
  // Most items have no footer; skip building a DOM for them.
  if (!contentHtml || !mayContainMtFooter(contentHtml)) return null;
  try {
    return extractMtProvenance(parseHtmlFragment(contentHtml)).provenance?.sourceUrl ?? null;
  } catch {
    // An unreadable body only means we cannot tell where the item was translated from.
    return null;
  }
}
