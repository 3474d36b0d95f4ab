/**
 * Inline Markdown (a CommonMark subset) rendered to HTML: code spans, emphasis and strong (with
 * the CommonMark delimiter rules), ~~strikethrough~~, links and images (inline and reference),
 * autolinks, raw inline HTML, backslash escapes and hard line breaks. The HTML is sanitized by
 * the caller, so raw HTML and URLs are passed through here.
 */

export type LinkDefinition = { href: string; title: string | null };
export type LinkDefinitions = Map<string, LinkDefinition>;

type TextNode = { t: "text"; v: string };
type InlineNode =
  | TextNode
  | { t: "raw"; html: string }
  | { t: "wrap"; tag: "em" | "strong" | "del"; c: InlineNode[] }
  | { t: "link"; href: string; title: string | null; c: InlineNode[] }
  | { t: "image"; src: string; title: string | null; c: InlineNode[] };

type Delimiter = {
  node: TextNode;
  ch: "*" | "_" | "~";
  count: number;
  orig: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
};

type Bracket = { node: TextNode; image: boolean; active: boolean; bottom: Delimiter | null; start: number };

// Bounds that keep hostile input linear and shallow; real articles are far below them.
const MAX_DELIMITERS = 1000;
const MAX_DELIMITER_RUN = 32;
const MAX_BRACKETS = 100;
const MAX_PAREN_DEPTH = 32;
const MAX_HTML_TAG_CHARS = 2000;
const MAX_INLINE_CHARS = 50_000;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;
const UNICODE_WHITESPACE = /\s/u;
const SPECIAL_CHARS = /[\\`*_~[\]!<\n]/g;

const AUTOLINK_RE = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK_RE =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;
const HTML_TAG_RE =
  /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>|<!--[\s\S]*?-->/y;

/** Normalizes a link label the way CommonMark matches references: case- and space-insensitive. */
export function normalizeLinkLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

export function renderInlineMarkdown(text: string, definitions: LinkDefinitions): string {
  // Emphasis matching splices a node array, so cost grows with paragraph length; a paragraph
  // this long (about 8,000 words) is not prose, and is kept as literal text.
  if (text.length > MAX_INLINE_CHARS) return escapeHtml(text);
  return renderNodes(new InlineParser(text, definitions).parse());
}

class InlineParser {
  private nodes: InlineNode[] = [];
  private delimiterTop: Delimiter | null = null;
  private delimiterCount = 0;
  private brackets: Bracket[] = [];
  private pos = 0;
  private backtickRuns: Map<number, number[]> | null = null;

  constructor(
    private readonly text: string,
    private readonly definitions: LinkDefinitions,
  ) {}

  parse(): InlineNode[] {
    const { text } = this;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === "\\") this.parseBackslash();
      else if (ch === "`") this.parseCodeSpan();
      else if (ch === "*" || ch === "_" || ch === "~") this.parseDelimiterRun(ch);
      else if (ch === "[") this.openBracket(false, 1);
      else if (ch === "!" && text[this.pos + 1] === "[") this.openBracket(true, 2);
      else if (ch === "]") this.closeBracket();
      else if (ch === "<") this.parseAngle();
      else if (ch === "\n") this.parseNewline();
      else this.parsePlain();
    }
    this.processEmphasis(null);
    return this.nodes;
  }

  private pushText(value: string): TextNode {
    const node: TextNode = { t: "text", v: value };
    this.nodes.push(node);
    return node;
  }

  private parsePlain(): void {
    SPECIAL_CHARS.lastIndex = this.pos + 1;
    const match = SPECIAL_CHARS.exec(this.text);
    const end = match ? match.index : this.text.length;
    this.pushText(this.text.slice(this.pos, end));
    this.pos = end;
  }

  private parseBackslash(): void {
    const next = this.text[this.pos + 1];
    if (next === "\n") {
      this.nodes.push({ t: "raw", html: "<br>" });
      this.pos = this.skipLeadingSpaces(this.pos + 2);
    } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
      this.pushText(next);
      this.pos += 2;
    } else {
      this.pushText("\\");
      this.pos += 1;
    }
  }

  private parseNewline(): void {
    const last = this.nodes.at(-1);
    let hardBreak = false;
    if (last?.t === "text") {
      hardBreak = / {2,}$/.test(last.v);
      last.v = last.v.replace(/ +$/, "");
    }
    this.nodes.push(hardBreak ? { t: "raw", html: "<br>" } : { t: "text", v: "\n" });
    this.pos = this.skipLeadingSpaces(this.pos + 1);
  }

  private skipLeadingSpaces(pos: number): number {
    let p = pos;
    while (this.text[p] === " " || this.text[p] === "\t") p++;
    return p;
  }

  private runLength(pos: number, ch: string): number {
    let end = pos;
    while (this.text[end] === ch) end++;
    return end - pos;
  }

  private parseCodeSpan(): void {
    const length = this.runLength(this.pos, "`");
    const closing = this.findBacktickRun(length, this.pos + length);
    if (closing < 0) {
      this.pushText("`".repeat(length));
      this.pos += length;
      return;
    }
    let content = this.text.slice(this.pos + length, closing).replace(/\n/g, " ");
    if (content.length > 2 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") {
      content = content.slice(1, -1);
    }
    this.nodes.push({ t: "raw", html: `<code>${escapeHtml(content)}</code>` });
    this.pos = closing + length;
  }

  // Backtick runs indexed once by length, so unmatched runs cannot make the scan quadratic.
  private findBacktickRun(length: number, from: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      for (const match of this.text.matchAll(/`+/g)) {
        const runs = this.backtickRuns.get(match[0].length) ?? [];
        runs.push(match.index ?? 0);
        this.backtickRuns.set(match[0].length, runs);
      }
    }
    const runs = this.backtickRuns.get(length);
    if (!runs) return -1;
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (runs[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < runs.length ? runs[low] : -1;
  }

  private parseDelimiterRun(ch: "*" | "_" | "~"): void {
    const length = this.runLength(this.pos, ch);
    const before = this.pos > 0 ? this.text[this.pos - 1] : "\n";
    const after = this.text[this.pos + length] ?? "\n";
    const node = this.pushText(ch.repeat(length));
    this.pos += length;
    const usable = (ch !== "~" || length === 2) && length <= MAX_DELIMITER_RUN && this.delimiterCount < MAX_DELIMITERS;
    if (!usable) return;
    const afterIsSpace = UNICODE_WHITESPACE.test(after);
    const beforeIsSpace = UNICODE_WHITESPACE.test(before);
    const afterIsPunct = UNICODE_PUNCTUATION.test(after);
    const beforeIsPunct = UNICODE_PUNCTUATION.test(before);
    const leftFlanking = !afterIsSpace && (!afterIsPunct || beforeIsSpace || beforeIsPunct);
    const rightFlanking = !beforeIsSpace && (!beforeIsPunct || afterIsSpace || afterIsPunct);
    const canOpen = ch === "_" ? leftFlanking && (!rightFlanking || beforeIsPunct) : leftFlanking;
    const canClose = ch === "_" ? rightFlanking && (!leftFlanking || afterIsPunct) : rightFlanking;
    if (!canOpen && !canClose) return;
    const delimiter: Delimiter = {
      node,
      ch,
      count: length,
      orig: length,
      canOpen,
      canClose,
      prev: this.delimiterTop,
      next: null,
    };
    if (this.delimiterTop) this.delimiterTop.next = delimiter;
    this.delimiterTop = delimiter;
    this.delimiterCount++;
  }

  private openBracket(image: boolean, width: number): void {
    const node = this.pushText(image ? "![" : "[");
    this.pos += width;
    if (this.brackets.length >= MAX_BRACKETS) return;
    this.brackets.push({ node, image, active: true, bottom: this.delimiterTop, start: this.pos });
  }

  private closeBracket(): void {
    const opener = this.brackets.at(-1);
    if (!opener?.active) {
      if (opener) this.brackets.pop();
      this.pushText("]");
      this.pos += 1;
      return;
    }
    const target = this.parseLinkTarget(opener);
    if (!target) {
      this.brackets.pop();
      this.pushText("]");
      this.pos += 1;
      return;
    }
    this.processEmphasis(opener.bottom);
    const index = this.nodes.indexOf(opener.node);
    const children = this.nodes.splice(index + 1);
    this.nodes.splice(index, 1);
    this.nodes.push(
      opener.image
        ? { t: "image", src: target.href, title: target.title, c: children }
        : { t: "link", href: target.href, title: target.title, c: children },
    );
    this.brackets.pop();
    // Links may not contain links: earlier "[" can no longer open one.
    if (!opener.image) for (const bracket of this.brackets) if (!bracket.image) bracket.active = false;
    this.pos = target.end;
  }

  private parseLinkTarget(opener: Bracket): { href: string; title: string | null; end: number } | null {
    const close = this.pos;
    if (this.text[close + 1] === "(") {
      const inline = this.parseInlineDestination(close + 2);
      if (inline) return inline;
    }
    let label = this.text.slice(opener.start, close);
    let end = close + 1;
    if (this.text[close + 1] === "[") {
      const labelEnd = this.findLabelEnd(close + 2);
      if (labelEnd >= 0) {
        const explicit = this.text.slice(close + 2, labelEnd);
        if (explicit.trim() !== "") label = explicit;
        end = labelEnd + 1;
      }
    }
    if (label.length > 999) return null;
    const definition = this.definitions.get(normalizeLinkLabel(label));
    return definition ? { ...definition, end } : null;
  }

  private findLabelEnd(from: number): number {
    for (let p = from; p < this.text.length && p - from <= 999; p++) {
      const ch = this.text[p];
      if (ch === "\\") p++;
      else if (ch === "[") return -1;
      else if (ch === "]") return p;
    }
    return -1;
  }

  private skipSpaceAndOneNewline(pos: number): number {
    let p = pos;
    let newlines = 0;
    while (p < this.text.length) {
      const ch = this.text[p];
      if (ch === "\n" && newlines === 0) newlines++;
      else if (ch !== " " && ch !== "\t") break;
      p++;
    }
    return p;
  }

  private parseInlineDestination(from: number): { href: string; title: string | null; end: number } | null {
    const { text } = this;
    let p = this.skipSpaceAndOneNewline(from);
    let href = "";
    if (text[p] === "<") {
      const start = p + 1;
      p = start;
      while (p < text.length && text[p] !== ">" && text[p] !== "<" && text[p] !== "\n") p += text[p] === "\\" ? 2 : 1;
      if (text[p] !== ">") return null;
      href = text.slice(start, p);
      p++;
    } else {
      const start = p;
      let depth = 0;
      while (p < text.length) {
        const ch = text[p];
        if (ch.charCodeAt(0) <= 0x20) break;
        if (ch === "\\" && ASCII_PUNCTUATION.test(text[p + 1] ?? "")) {
          p += 2;
          continue;
        }
        if (ch === "(") {
          depth++;
          if (depth > MAX_PAREN_DEPTH) return null;
        } else if (ch === ")") {
          if (depth === 0) break;
          depth--;
        }
        p++;
      }
      if (depth !== 0) return null;
      href = text.slice(start, p);
    }
    const afterHref = p;
    p = this.skipSpaceAndOneNewline(p);
    let title: string | null = null;
    const quote = text[p];
    if (p > afterHref && (quote === '"' || quote === "'" || quote === "(")) {
      const closer = quote === "(" ? ")" : quote;
      const start = p + 1;
      p = start;
      while (p < text.length && text[p] !== closer) {
        if (quote === "(" && text[p] === "(") return null;
        p += text[p] === "\\" ? 2 : 1;
      }
      if (p >= text.length) return null;
      title = unescapeBackslashes(text.slice(start, p));
      p = this.skipSpaceAndOneNewline(p + 1);
    }
    if (text[p] !== ")") return null;
    return { href: unescapeBackslashes(href), title, end: p + 1 };
  }

  private parseAngle(): void {
    for (const [re, prefix] of [
      [AUTOLINK_RE, ""],
      [EMAIL_AUTOLINK_RE, "mailto:"],
    ] as const) {
      re.lastIndex = this.pos;
      const match = re.exec(this.text);
      if (match) {
        this.nodes.push({
          t: "raw",
          html: `<a href="${escapeHtml(prefix + match[1])}">${escapeHtml(match[1])}</a>`,
        });
        this.pos += match[0].length;
        return;
      }
    }
    // Bounded window: a tag longer than this is not a tag anyone wrote by hand.
    const window = this.text.slice(this.pos, this.pos + MAX_HTML_TAG_CHARS);
    HTML_TAG_RE.lastIndex = 0;
    const tag = HTML_TAG_RE.exec(window);
    if (tag) {
      this.nodes.push({ t: "raw", html: tag[0] });
      this.pos += tag[0].length;
      return;
    }
    this.pushText("<");
    this.pos += 1;
  }

  private removeDelimiter(delimiter: Delimiter): void {
    if (delimiter.prev) delimiter.prev.next = delimiter.next;
    if (delimiter.next) delimiter.next.prev = delimiter.prev;
    if (delimiter === this.delimiterTop) this.delimiterTop = delimiter.prev;
  }

  private removeNode(node: InlineNode): void {
    const index = this.nodes.indexOf(node);
    if (index >= 0) this.nodes.splice(index, 1);
  }

  /** CommonMark's "process emphasis" over the delimiters above `bottom`. */
  private processEmphasis(bottom: Delimiter | null): void {
    const openersBottom = new Map<string, Delimiter | null>();
    let closer = this.delimiterTop;
    while (closer && closer.prev !== bottom) closer = closer.prev;
    if (closer === bottom) closer = null;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.ch}${closer.canOpen ? 1 : 0}${closer.orig % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key) : bottom;
      let opener = closer.prev;
      let found = false;
      while (opener && opener !== bottom && opener !== floor) {
        const oddMatch =
          (opener.canClose || closer.canOpen) &&
          (opener.orig + closer.orig) % 3 === 0 &&
          !(opener.orig % 3 === 0 && closer.orig % 3 === 0);
        if (opener.ch === closer.ch && opener.canOpen && !oddMatch) {
          found = true;
          break;
        }
        opener = opener.prev;
      }
      if (!found || !opener) {
        openersBottom.set(key, closer.prev);
        const next = closer.next;
        if (!closer.canOpen) this.removeDelimiter(closer);
        closer = next;
        continue;
      }
      const use = closer.ch === "~" || (opener.count >= 2 && closer.count >= 2) ? 2 : 1;
      const tag = closer.ch === "~" ? "del" : use === 2 ? "strong" : "em";
      opener.count -= use;
      closer.count -= use;
      opener.node.v = opener.node.v.slice(0, opener.count);
      closer.node.v = closer.node.v.slice(0, closer.count);
      const openerIndex = this.nodes.indexOf(opener.node);
      const closerIndex = this.nodes.indexOf(closer.node);
      const inner = this.nodes.splice(openerIndex + 1, closerIndex - openerIndex - 1);
      this.nodes.splice(openerIndex + 1, 0, { t: "wrap", tag, c: inner });
      // Delimiters between the pair are now inside the wrapper and can no longer match.
      opener.next = closer;
      closer.prev = opener;
      if (opener.count === 0) {
        this.removeNode(opener.node);
        this.removeDelimiter(opener);
      }
      if (closer.count === 0) {
        const next = closer.next;
        this.removeNode(closer.node);
        this.removeDelimiter(closer);
        closer = next;
      }
    }
    // Whatever did not match stays literal text.
    this.delimiterTop = bottom;
    if (bottom) bottom.next = null;
  }
}

function unescapeBackslashes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function renderNodes(nodes: InlineNode[]): string {
  let html = "";
  for (const node of nodes) {
    if (node.t === "text") html += escapeHtmlKeepingEntities(node.v);
    else if (node.t === "raw") html += node.html;
    else if (node.t === "wrap") html += `<${node.tag}>${renderNodes(node.c)}</${node.tag}>`;
    else if (node.t === "link") {
      const title = node.title === null ? "" : ` title="${escapeHtmlKeepingEntities(node.title)}"`;
      html += `<a href="${escapeHtmlKeepingEntities(node.href)}"${title}>${renderNodes(node.c)}</a>`;
    } else {
      const title = node.title === null ? "" : ` title="${escapeHtmlKeepingEntities(node.title)}"`;
      html += `<img src="${escapeHtmlKeepingEntities(node.src)}" alt="${escapeHtmlKeepingEntities(plainText(node.c))}"${title}>`;
    }
  }
  return html;
}

function plainText(nodes: InlineNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (node.t === "text") text += node.v;
    else if (node.t === "raw") text += node.html.replace(/<[^>]*>/g, "");
    else text += plainText(node.c);
  }
  return text;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Markdown allows entity references ("&copy;", "&#233;"); leave those for the HTML parser to decode.
function escapeHtmlKeepingEntities(text: string): string {
  return text
    .replace(/&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
