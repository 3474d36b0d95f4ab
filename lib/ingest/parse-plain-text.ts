import { escapePlaceholderText } from "@/lib/text/placeholders";
import { collapseWhitespace } from "./collapse-whitespace";
import type { ParsedBlock } from "./types";

const LIST_MARKER_RE = /^(?:[-*•◦▪‣]|\d{1,3}[.)])[ \t\u00a0]+(?=\S)/;
const QUOTE_MARKER_RE = /^(?:>[ \t]?)+/;

/**
 * Splits plain text into blocks. Blocks are separated by blank lines; lines inside a block are
 * soft-wrapped and joined with a space. Lines starting with "- ", "* ", "• ", "1. " are list items,
 * lines starting with "> " are quotes, and a short single-line block that reads like a heading
 * becomes `heading2`. Titles are decided later (see promote-title.ts).
 */
export function parsePlainText(text: string): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let chunk: string[] = [];
  let isFirstChunk = true;
  const flushChunk = () => {
    if (chunk.length === 0) return;
    if (isFirstChunk) chunk = mergeRepeatedFirstLine(chunk);
    isFirstChunk = false;
    for (const block of parseChunk(chunk)) blocks.push(block);
    chunk = [];
  };
  for (const line of lines) {
    if (line.trim() === "") flushChunk();
    else chunk.push(line);
  }
  flushChunk();
  return blocks;
}

/** MT output repeats the title on two consecutive lines; keep one. */
function mergeRepeatedFirstLine(chunk: string[]): string[] {
  if (chunk.length === 2 && normalizeForComparison(chunk[0]) === normalizeForComparison(chunk[1])) return [chunk[0]];
  return chunk;
}

type Pending = { kind: "paragraph" | "list-item" | "quote"; parts: string[] };

function parseChunk(lines: string[]): ParsedBlock[] {
  const out: ParsedBlock[] = [];
  let pending: Pending | null = null;
  const flush = () => {
    if (pending) out.push(makeBlock(pending.kind, pending.parts.join(" ")));
    pending = null;
  };
  for (const rawLine of lines) {
    const line = rawLine.trim();
    const quote = QUOTE_MARKER_RE.exec(line);
    if (quote) {
      const content = line.slice(quote[0].length).trim();
      if (pending?.kind !== "quote") flush();
      // A bare ">" separates paragraphs inside a quotation.
      if (content === "") flush();
      else if (pending) pending.parts.push(content);
      else pending = { kind: "quote", parts: [content] };
      continue;
    }
    const marker = LIST_MARKER_RE.exec(line);
    if (marker) {
      flush();
      pending = { kind: "list-item", parts: [line.slice(marker[0].length)] };
      continue;
    }
    // Lazy continuation: a wrapped list item or quote goes on without its marker.
    if (pending) pending.parts.push(line);
    else pending = { kind: "paragraph", parts: [line] };
  }
  flush();
  if (lines.length === 1 && out.length === 1 && out[0].kind === "paragraph" && looksLikeHeading(lines[0].trim())) {
    out[0] = { ...out[0], kind: "heading2" };
  }
  return out;
}

function makeBlock(kind: ParsedBlock["kind"], text: string): ParsedBlock {
  return { kind, text: escapePlaceholderText(collapseWhitespace(text)), tags: {} };
}

/**
 * A heading in plain text: a short line without final sentence punctuation that is in Title Case,
 * ALL CAPS (calls to action such as "PASSER À L'ACTION"), or a brief sentence-case phrase.
 */
export function looksLikeHeading(line: string): boolean {
  const text = collapseWhitespace(line);
  if (text.length === 0 || text.length > 120) return false;
  if (/https?:\/\/|www\.|@\S+\.\S/i.test(text)) return false;
  const first = text.match(/\p{L}/u)?.[0];
  if (!first || first !== first.toUpperCase() || first === first.toLowerCase()) return false;
  const words = text.split(" ");
  const letters = text.replace(/[^\p{L}]/gu, "");
  const isAllCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const capitalisedLongWords = words.filter(
    (word) => /^\P{L}*\p{Lu}/u.test(word) && word.replace(/\P{L}/gu, "").length >= 4,
  );
  const longWords = words.filter((word) => word.replace(/\P{L}/gu, "").length >= 4);
  const isTitleCase = longWords.length > 0 && capitalisedLongWords.length / longWords.length >= 0.6;
  const last = text.at(-1) ?? "";
  if (/[.,;:…]/.test(last)) return false;
  if (/[!?]/.test(last)) return (isAllCaps || isTitleCase) && words.length <= 15;
  if (isAllCaps || isTitleCase) return words.length <= 15;
  return words.length <= 8;
}

/** Equality "up to whitespace, case and trailing punctuation", used to spot a repeated title. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/gu, "")
    .replace(/[.!?:;,…。！？]+$/u, "");
}
