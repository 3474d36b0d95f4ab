import { escapePlaceholderText, stripPlaceholders } from "@/lib/text/placeholders";
import { type HtmlElement, type HtmlNode, textContent } from "./read-sanitized-html";
import type { BlockKind, InlineTag, ParsedBlock } from "./types";

/**
 * Walks sanitized HTML and cuts it into blocks. Every element that is not inline ends the current
 * block; headings, blockquotes and list items set the kind of the text inside them, other
 * containers (p, div, td…) inherit it. Inline elements become numbered placeholders.
 */

// Inline elements kept as placeholders, with the attributes worth keeping for each.
const KEPT_INLINE = new Map<string, readonly string[]>(
  Object.entries({
    a: ["href", "title"],
    em: [],
    i: [],
    strong: [],
    b: [],
    code: [],
    sup: [],
    sub: [],
    s: [],
    del: [],
    ins: [],
    u: [],
    mark: [],
    small: [],
    abbr: ["title"],
    q: [],
    cite: [],
    kbd: [],
    var: [],
    samp: [],
    span: ["lang", "dir"],
    img: ["src", "alt", "title"],
    br: [],
  }),
);
const VOID_INLINE = new Set(["img", "br"]);
const HEADING_KINDS = new Map<string, BlockKind>([
  ["h1", "heading1"],
  ["h2", "heading2"],
  ["h3", "heading3"],
  ["h4", "heading4"],
  ["h5", "heading5"],
  ["h6", "heading6"],
]);
// Deeper nesting is flattened to text so recursion stays bounded (the sanitizer already caps it at 100).
const MAX_DEPTH = 120;

type InlineNode =
  | { type: "text"; value: string }
  | { type: "element"; tag: InlineTag; children: InlineNode[] }
  | { type: "void"; tag: InlineTag };

type WalkContext = { kind: BlockKind; baseUrl: URL | null };

/** Converts the children of `root` into blocks. `baseUrl` resolves relative links and images. */
export function convertHtmlToBlocks(root: HtmlElement, baseUrl: string | null = null): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  walkContainer(root, { kind: "paragraph", baseUrl: parseBaseUrl(baseUrl) }, blocks, 0);
  return blocks;
}

function parseBaseUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Other inline elements (font, time…) never get here: the sanitizer unwraps them, keeping their text.
function isInlineName(name: string): boolean {
  return KEPT_INLINE.has(name);
}

function walkContainer(container: HtmlElement, context: WalkContext, blocks: ParsedBlock[], depth: number): void {
  let run: InlineNode[] = [];
  const flush = () => {
    emitRun(run, context.kind, blocks);
    run = [];
  };
  for (const child of container.children) {
    if (child.type === "text") {
      run.push({ type: "text", value: child.value });
      continue;
    }
    if (depth >= MAX_DEPTH) {
      run.push({ type: "text", value: ` ${textContent(child)} ` });
      continue;
    }
    if (isInlineName(child.name) && !containsBlock(child)) {
      appendAll(run, convertInline(child, context.baseUrl, depth + 1));
      continue;
    }
    flush();
    const kind =
      HEADING_KINDS.get(child.name) ??
      (child.name === "blockquote" ? "quote" : child.name === "li" ? "list-item" : context.kind);
    walkContainer(child, { ...context, kind }, blocks, depth + 1);
  }
  flush();
}

const BLOCK_ELEMENTS = new Set([
  "p",
  "div",
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
  "table",
  "section",
  "article",
  "pre",
  "figure",
  "dl",
  "hr",
]);

// `<a><p>…</p></a>` is valid HTML5; such an element is walked as a container, not as a placeholder.
function containsBlock(element: HtmlElement): boolean {
  const stack: HtmlNode[] = element.children.slice();
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode;
    if (current.type !== "element") continue;
    if (BLOCK_ELEMENTS.has(current.name)) return true;
    appendAll(stack, current.children);
  }
  return false;
}

function convertInline(element: HtmlElement, baseUrl: URL | null, depth: number): InlineNode[] {
  if (depth >= MAX_DEPTH) return [{ type: "text", value: textContent(element) }];
  const tag = describeTag(element, baseUrl);
  if (VOID_INLINE.has(element.name)) return tag ? [{ type: "void", tag }] : [];
  const children: InlineNode[] = [];
  for (const child of element.children) {
    if (child.type === "text") {
      children.push({ type: "text", value: child.value });
      continue;
    }
    // Unexpected block content inside an inline element: keep its text, separated by spaces.
    const isInline = isInlineName(child.name);
    if (!isInline) children.push({ type: "text", value: " " });
    appendAll(children, convertInline(child, baseUrl, depth + 1));
    if (!isInline) children.push({ type: "text", value: " " });
  }
  return tag ? [{ type: "element", tag, children }] : children;
}

/** The placeholder description of an inline element, or null when it should just be unwrapped. */
function describeTag(element: HtmlElement, baseUrl: URL | null): InlineTag | null {
  const name = element.name;
  const kept = KEPT_INLINE.get(name);
  if (!kept) return null;
  const attrs: Record<string, string> = {};
  for (const attr of kept) {
    const value = element.attrs.get(attr);
    if (value === undefined) continue;
    if (attr === "href" || attr === "src") {
      const url = resolveSafeUrl(value, baseUrl);
      if (url) attrs[attr] = url;
    } else if (value.trim() !== "") attrs[attr] = value.trim();
  }
  // Anchors without a usable link (named anchors, javascript:) and spans without a language carry no meaning.
  if (name === "a" && !attrs.href) return null;
  if (name === "img" && !attrs.src) return null;
  if (name === "span" && !attrs.lang && !attrs.dir) return null;
  return VOID_INLINE.has(name) ? { name, attrs, selfClosing: true } : { name, attrs };
}

// push(...items) throws RangeError beyond ~100,000 items; elements can have that many children.
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/** Resolves a link against the page URL and refuses script-capable schemes. */
export function resolveSafeUrl(raw: string, baseUrl: URL | null): string | null {
  // Browsers ignore whitespace and control characters inside schemes ("java\nscript:"); so do we.
  const value = raw.trim();
  if (value === "") return null;
  const compact = value.replace(/[\s\p{Cc}]/gu, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (scheme && !SAFE_SCHEMES.has(`${scheme[1]}:`)) return null;
  if (!baseUrl) return value;
  try {
    const resolved = new URL(value, baseUrl);
    return SAFE_SCHEMES.has(resolved.protocol) ? resolved.href : null;
  } catch {
    return scheme ? null : value;
  }
}

function emitRun(run: InlineNode[], kind: BlockKind, blocks: ParsedBlock[]): void {
  // Old-style HTML separates paragraphs with <br><br>; treat that as a block break.
  for (const part of splitOnDoubleBreaks(run)) {
    const block = serializeInline(part, kind);
    if (stripPlaceholders(block.text).trim() !== "") blocks.push(block);
  }
}

function splitOnDoubleBreaks(run: InlineNode[]): InlineNode[][] {
  const parts: InlineNode[][] = [];
  let current: InlineNode[] = [];
  let lastBreak = -1;
  for (const node of run) {
    const isBreak = node.type === "void" && node.tag.name === "br";
    const isBlank = node.type === "text" && node.value.trim() === "";
    if (isBreak && lastBreak >= 0) {
      parts.push(current.slice(0, lastBreak));
      current = [];
      lastBreak = -1;
      continue;
    }
    if (isBreak) lastBreak = current.length;
    else if (!isBlank) lastBreak = -1;
    current.push(node);
  }
  parts.push(current);
  return parts.map(trimBreaks);
}

// A <br> at either end of a block separates nothing.
function trimBreaks(nodes: InlineNode[]): InlineNode[] {
  const isEdge = (node: InlineNode) =>
    (node.type === "void" && node.tag.name === "br") || (node.type === "text" && node.value.trim() === "");
  let start = 0;
  let end = nodes.length;
  while (start < end && isEdge(nodes[start])) start++;
  while (end > start && isEdge(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

/** Whether an element holds anything visible; empty links and emphasis are dropped, not numbered. */
function hasContent(node: InlineNode): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  if (node.type === "void") return node.tag.name !== "br";
  return node.children.some(hasContent);
}

/**
 * Writes inline nodes as placeholder text. Whitespace is collapsed as a browser would, and spaces
 * at the inner edge of a tag move outside it ("a <b> x</b>" → "a {1}x{/1}"), so chips hug words.
 */
function serializeInline(nodes: InlineNode[], kind: BlockKind): ParsedBlock {
  const writer = new InlineWriter();
  const visit = (node: InlineNode) => {
    if (node.type === "text") writer.writeText(node.value);
    else if (node.type === "void") writer.writeVoid(node.tag);
    else if (!hasContent(node)) node.children.forEach(visit);
    else {
      const id = writer.open(node.tag);
      node.children.forEach(visit);
      writer.close(id);
    }
  };
  nodes.forEach(visit);
  return { kind, text: writer.out, tags: writer.tags };
}

class InlineWriter {
  out = "";
  tags: Record<string, InlineTag> = {};
  private nextId = 1;
  private pendingSpace = false;
  private suppressSpace = false;
  private hasWritten = false;
  // Opening placeholders not yet followed by content: held back so a space can still go before them.
  private openRun = "";

  writeText(raw: string): void {
    let text = raw.replace(/[ \t\n\r\f]+/g, " ");
    if (text.startsWith(" ")) {
      this.pendingSpace = true;
      text = text.slice(1);
    }
    if (text === "") return;
    const endsWithSpace = text.endsWith(" ");
    if (endsWithSpace) text = text.slice(0, -1);
    this.flushSpace();
    this.out += escapePlaceholderText(text);
    this.hasWritten = true;
    this.suppressSpace = false;
    this.pendingSpace = endsWithSpace;
  }

  writeVoid(tag: InlineTag): void {
    const id = String(this.nextId++);
    this.tags[id] = tag;
    if (tag.name === "br") {
      // A line break is its own separator: no space on either side.
      this.pendingSpace = false;
      this.suppressSpace = true;
    }
    this.flushSpace();
    this.out += `{${id}/}`;
    this.hasWritten = true;
  }

  open(tag: InlineTag): string {
    const id = String(this.nextId++);
    this.tags[id] = tag;
    this.openRun += `{${id}}`;
    return id;
  }

  close(id: string): void {
    this.out += this.openRun;
    this.openRun = "";
    this.out += `{/${id}}`;
  }

  /** Writes the pending space (if any) and then the held-back opening placeholders. */
  private flushSpace(): void {
    if (this.pendingSpace && this.hasWritten && !this.suppressSpace) this.out += " ";
    this.pendingSpace = false;
    this.out += this.openRun;
    this.openRun = "";
  }
}
