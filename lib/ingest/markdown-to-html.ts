import { escapeHtml, type LinkDefinitions, normalizeLinkLabel, renderInlineMarkdown } from "./markdown-inline";

/**
 * Block-level Markdown (a CommonMark subset) rendered to HTML, which then goes through the same
 * sanitizer and block walker as HTML input, so both formats produce identical placeholders.
 * Supported: ATX and setext headings, paragraphs, bullet and ordered lists (nested by indent),
 * blockquotes (nested), fenced code, thematic breaks, HTML blocks, reference link definitions.
 * Not supported: indented code blocks (indented text is read as paragraph text, which is what
 * machine-translated text with stray indentation needs), tables, footnotes.
 */

type MarkdownBlock =
  | { type: "heading"; level: number; text: string }
  | { type: "paragraph"; text: string }
  | { type: "code"; text: string }
  | { type: "html"; html: string }
  | { type: "quote"; children: MarkdownBlock[] }
  | { type: "list"; ordered: boolean; items: MarkdownBlock[][] }
  | { type: "hr" };

// Deeper quote/list nesting is read as paragraph text, so hostile input cannot exhaust the stack.
const MAX_NESTING = 30;

const ATX_RE = /^(#{1,6})(?=[ \t]|$)/;
const SETEXT_H1_RE = /^=+[ \t]*$/;
const SETEXT_H2_RE = /^-+[ \t]*$/;
const THEMATIC_BREAK_RE = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE_RE = /^(`{3,}|~{3,})(.*)$/;
const LIST_ITEM_RE = /^([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const HTML_BLOCK_RE =
  /^<(?:\/?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section|style|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)|!--)/i;

export function renderMarkdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const definitions: LinkDefinitions = new Map();
  const blocks = parseBlocks(lines, definitions, 0);
  return renderBlocks(blocks, definitions);
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function expandLeadingTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    if (line[i] === " ") column++;
    else if (line[i] === "\t") column += 4 - (column % 4);
    else break;
  }
  return " ".repeat(column) + line.slice(i);
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === " ") i++;
  return i;
}

/** Whether a line (already stripped of up to 3 spaces) would interrupt a paragraph. */
function interruptsParagraph(content: string): boolean {
  if (ATX_RE.test(content) || THEMATIC_BREAK_RE.test(content) || FENCE_RE.test(content)) return true;
  if (content.startsWith(">") || HTML_BLOCK_RE.test(content)) return true;
  const item = LIST_ITEM_RE.exec(content);
  return item !== null && item[3] !== undefined && item[3].trim() !== "" && /^(?:[-*+]|1[.)])$/.test(item[1]);
}

function parseBlocks(lines: string[], definitions: LinkDefinitions, depth: number): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] | null = null;
  const closeParagraph = () => {
    if (paragraph) blocks.push({ type: "paragraph", text: paragraph.join("\n") });
    paragraph = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = expandLeadingTabs(lines[i]);
    if (isBlank(line)) {
      closeParagraph();
      i++;
      continue;
    }
    const indent = indentOf(line);
    const content = line.slice(indent);
    const open: string[] | null = paragraph;
    if (indent >= 4) {
      // No indented code blocks: indented text is paragraph text.
      if (open) open.push(content);
      else paragraph = [content];
      i++;
      continue;
    }
    if (open && SETEXT_H1_RE.test(content)) {
      blocks.push({ type: "heading", level: 1, text: open.join("\n") });
      paragraph = null;
      i++;
      continue;
    }
    if (open && SETEXT_H2_RE.test(content)) {
      blocks.push({ type: "heading", level: 2, text: open.join("\n") });
      paragraph = null;
      i++;
      continue;
    }
    const atx = ATX_RE.exec(content);
    if (atx) {
      closeParagraph();
      blocks.push({ type: "heading", level: atx[1].length, text: stripClosingHashes(content.slice(atx[1].length)) });
      i++;
      continue;
    }
    if (THEMATIC_BREAK_RE.test(content)) {
      closeParagraph();
      blocks.push({ type: "hr" });
      i++;
      continue;
    }
    const fence = FENCE_RE.exec(content);
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      closeParagraph();
      i = parseFencedCode(lines, i, indent, fence[1], blocks);
      continue;
    }
    if (content.startsWith(">")) {
      closeParagraph();
      i = parseQuote(lines, i, definitions, depth, blocks);
      continue;
    }
    const item = LIST_ITEM_RE.exec(content);
    if (item && (!open || interruptsParagraph(content))) {
      closeParagraph();
      i = parseList(lines, i, definitions, depth, blocks);
      continue;
    }
    if (!open && HTML_BLOCK_RE.test(content)) {
      const html: string[] = [];
      while (i < lines.length && !isBlank(lines[i])) html.push(lines[i++]);
      blocks.push({ type: "html", html: html.join("\n") });
      continue;
    }
    if (!open && content.startsWith("[") && parseLinkDefinition(content, definitions)) {
      i++;
      continue;
    }
    if (open) open.push(content);
    else paragraph = [content];
    i++;
  }
  closeParagraph();
  return blocks;
}

// "## Title ##" → "Title"; done by hand because a regex here backtracks badly on long space runs.
function stripClosingHashes(text: string): string {
  let result = text.trim();
  let end = result.length;
  while (end > 0 && result[end - 1] === "#") end--;
  if (end < result.length && (end === 0 || result[end - 1] === " " || result[end - 1] === "\t")) {
    result = result.slice(0, end).trim();
  }
  return result;
}

function parseFencedCode(
  lines: string[],
  start: number,
  indent: number,
  fence: string,
  blocks: MarkdownBlock[],
): number {
  const code: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = expandLeadingTabs(lines[i]);
    const content = line.slice(Math.min(indentOf(line), 3));
    const closing = /^(`{3,}|~{3,})[ \t]*$/.exec(content);
    if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length && indentOf(line) < 4) {
      i++;
      break;
    }
    code.push(line.slice(Math.min(indentOf(line), indent)));
  }
  blocks.push({ type: "code", text: code.join("\n") });
  return i;
}

function parseQuote(
  lines: string[],
  start: number,
  definitions: LinkDefinitions,
  depth: number,
  blocks: MarkdownBlock[],
): number {
  const inner: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = expandLeadingTabs(lines[i]);
    const indent = indentOf(line);
    const content = line.slice(indent);
    if (indent < 4 && content.startsWith(">")) {
      inner.push(content.slice(content[1] === " " ? 2 : 1));
      i++;
      continue;
    }
    // Lazy continuation: an unmarked line continues the quoted paragraph.
    const lastInner = inner.at(-1);
    if (!isBlank(line) && lastInner !== undefined && !isBlank(lastInner) && !interruptsParagraph(content)) {
      inner.push(content);
      i++;
      continue;
    }
    break;
  }
  const children =
    depth < MAX_NESTING
      ? parseBlocks(inner, definitions, depth + 1)
      : [{ type: "paragraph" as const, text: inner.join("\n") }];
  blocks.push({ type: "quote", children });
  return i;
}

function parseList(
  lines: string[],
  start: number,
  definitions: LinkDefinitions,
  depth: number,
  blocks: MarkdownBlock[],
): number {
  const first = LIST_ITEM_RE.exec(lines[start].trim());
  const ordered = first !== null && /\d/.test(first[1]);
  const markerKind = (marker: string) => (/\d/.test(marker) ? marker.at(-1) : marker);
  const kind = first ? markerKind(first[1]) : "-";
  const items: MarkdownBlock[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = expandLeadingTabs(lines[i]);
    const indent = indentOf(line);
    const item = indent < 4 ? LIST_ITEM_RE.exec(line.slice(indent)) : null;
    if (!item || markerKind(item[1]) !== kind) break;
    const spaces = item[2]?.length ?? 0;
    const hasContent = item[3] !== undefined && item[3] !== "";
    // Content column: after the marker and its spaces (at most 4; more means indented content).
    const contentIndent = indent + item[1].length + (hasContent && spaces <= 4 ? spaces : 1);
    const itemLines: string[] = [hasContent && spaces > 4 ? " ".repeat(spaces - 1) + item[3] : (item[3] ?? "")];
    i++;
    while (i < lines.length) {
      const next = expandLeadingTabs(lines[i]);
      if (isBlank(next)) {
        itemLines.push("");
        i++;
        continue;
      }
      const nextIndent = indentOf(next);
      if (nextIndent >= contentIndent) {
        itemLines.push(next.slice(contentIndent));
        i++;
        continue;
      }
      const previous = itemLines.at(-1) ?? "";
      if (
        !isBlank(previous) &&
        !interruptsParagraph(next.slice(nextIndent)) &&
        !LIST_ITEM_RE.test(next.slice(nextIndent))
      ) {
        itemLines.push(next.slice(nextIndent));
        i++;
        continue;
      }
      break;
    }
    while (itemLines.length > 0 && isBlank(itemLines[itemLines.length - 1])) itemLines.pop();
    items.push(
      depth < MAX_NESTING
        ? parseBlocks(itemLines, definitions, depth + 1)
        : [{ type: "paragraph", text: itemLines.join("\n") }],
    );
  }
  // A blank line before the next block was consumed with the last item; nothing else to undo.
  blocks.push({ type: "list", ordered, items });
  return i;
}

/** `[label]: destination "title"` on one line; records it and reports whether the line was one. */
function parseLinkDefinition(line: string, definitions: LinkDefinitions): boolean {
  const labelMatch = /^\[((?:[^\\[\]]|\\.){1,999})\]:/.exec(line);
  if (!labelMatch) return false;
  const rest = line.slice(labelMatch[0].length).trim();
  if (rest === "") return false;
  let href: string;
  let after: string;
  if (rest.startsWith("<")) {
    const close = rest.indexOf(">");
    if (close < 0) return false;
    href = rest.slice(1, close);
    after = rest.slice(close + 1);
  } else {
    const space = rest.search(/\s/);
    href = space < 0 ? rest : rest.slice(0, space);
    after = space < 0 ? "" : rest.slice(space);
  }
  const titleText = after.trim();
  let title: string | null = null;
  if (titleText !== "") {
    const open = titleText[0];
    const close = open === "(" ? ")" : open;
    if (!(open === '"' || open === "'" || open === "(") || titleText.length < 2 || titleText.at(-1) !== close)
      return false;
    title = titleText.slice(1, -1);
  }
  const label = normalizeLinkLabel(labelMatch[1]);
  if (label === "") return false;
  // The first definition of a label wins, as in CommonMark.
  if (!definitions.has(label)) definitions.set(label, { href, title });
  return true;
}

function renderBlocks(blocks: MarkdownBlock[], definitions: LinkDefinitions): string {
  let html = "";
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        html += `<h${block.level}>${renderInlineMarkdown(block.text, definitions)}</h${block.level}>\n`;
        break;
      case "paragraph":
        html += `<p>${renderInlineMarkdown(block.text, definitions)}</p>\n`;
        break;
      case "code":
        html += `<pre><code>${escapeHtml(block.text)}</code></pre>\n`;
        break;
      case "html":
        html += `${block.html}\n`;
        break;
      case "quote":
        html += `<blockquote>\n${renderBlocks(block.children, definitions)}</blockquote>\n`;
        break;
      case "list": {
        const tag = block.ordered ? "ol" : "ul";
        const items = block.items.map((item) => `<li>${renderListItem(item, definitions)}</li>\n`).join("");
        html += `<${tag}>\n${items}</${tag}>\n`;
        break;
      }
      case "hr":
        html += "<hr>\n";
        break;
    }
  }
  return html;
}

// A single paragraph in an item is rendered bare, like a "tight" list in CommonMark.
function renderListItem(item: MarkdownBlock[], definitions: LinkDefinitions): string {
  if (item.length === 1 && item[0].type === "paragraph") return renderInlineMarkdown(item[0].text, definitions);
  return renderBlocks(item, definitions);
}
