import { escapePlaceholderText, stripPlaceholders } from "@/lib/text/placeholders";
import { normalizeForComparison } from "./parse-plain-text";
import type { InputFormat, ParsedBlock } from "./types";

/**
 * Decides which block is the title and removes its repetition. Machine-translated pages repeat
 * the page title as the first heading, so the block right after the title is dropped when it says
 * the same thing (up to whitespace, case and trailing punctuation).
 *
 * - text and Markdown: the first block is the title, unless it is a list item, a quote, or a plain paragraph too
 *   long to be a title (a pasted story that starts with its text has no title line);
 * - HTML: a leading h1 is the title; otherwise the page's own title (from <title>/Readability)
 *   is used, matched against the first block or added as a new first block.
 */
// Longest first paragraph still read as a title; EFF's longest titles are about 120 characters.
const MAX_TITLE_LENGTH = 200;

export function promoteTitle(
  blocks: ParsedBlock[],
  format: InputFormat,
  pageTitle: string | null,
): { title: string | null; blocks: ParsedBlock[] } {
  const result = blocks.slice();
  const first = result[0];
  if (format !== "html") {
    const tooLong = first?.kind === "paragraph" && stripPlaceholders(first.text).trim().length > MAX_TITLE_LENGTH;
    if (first && first.kind !== "list-item" && first.kind !== "quote" && !tooLong) {
      result[0] = { ...first, kind: "title" };
    }
  } else if (first && first.kind === "heading1") {
    result[0] = { ...first, kind: "title" };
  } else if (pageTitle) {
    const matchesFirst =
      first && normalizeForComparison(stripPlaceholders(first.text)) === normalizeForComparison(pageTitle);
    if (matchesFirst) result[0] = { ...first, kind: "title" };
    else result.unshift({ kind: "title", text: escapePlaceholderText(pageTitle), tags: {} });
  }
  if (result[0]?.kind !== "title") return { title: null, blocks: result };
  const title = stripPlaceholders(result[0].text).trim();
  const key = normalizeForComparison(title);
  // Only one repetition: identical paragraphs further down are the author's business.
  if (
    key !== "" &&
    result.length > 1 &&
    result[1].kind !== "list-item" &&
    normalizeForComparison(stripPlaceholders(result[1].text)) === key
  ) {
    result.splice(1, 1);
  }
  return { title, blocks: result };
}
