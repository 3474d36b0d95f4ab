import type { InlineTag } from "@/lib/ingest/types";
import { applyTypography } from "./apply-typography";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import type { ExportBlock, ExportPost } from "./export-types";
import { groupBlocks, hasTitleBlock, joinBlockText } from "./group-blocks";
import { typesetInlineTree } from "./typeset-inline-tree";

/**
 * The corrected article as plain text: title first, blocks separated by blank lines, list items as
 * "- ", quotations as "> ", placeholders stripped (a line break tag becomes a newline).
 */
export function renderArticleText(post: ExportPost): string {
  const lang = post.targetLang;
  const paragraphs: string[] = [];
  if (!hasTitleBlock(post.blocks) && post.title.trim() !== "")
    paragraphs.push(applyTypography(post.title.trim(), lang));
  const plain = (block: ExportBlock) => renderPlainText(joinBlockText(block), block.tags, lang);
  for (const group of groupBlocks(post.blocks)) {
    if (group.kind === "single") {
      // An untranslated (empty) title block still gives the text its title.
      const text = plain(group.block) || (group.block.kind === "title" ? applyTypography(post.title.trim(), lang) : "");
      if (text) paragraphs.push(text);
      continue;
    }
    const parts = group.blocks.map(plain).filter(Boolean);
    if (parts.length === 0) continue;
    if (group.kind === "list") paragraphs.push(parts.map((text) => prefixLines(text, "- ", "  ")).join("\n"));
    else paragraphs.push(parts.map((text) => prefixLines(text, "> ", "> ")).join("\n>\n"));
  }
  return `${paragraphs.join("\n\n")}\n`;
}

function renderPlainText(text: string, tags: Record<string, InlineTag>, lang: string): string {
  const nodes = typesetInlineTree(buildInlineTree(text), tags, lang);
  return collectText(nodes, tags)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

function collectText(nodes: readonly InlineNode[], tags: Record<string, InlineTag>): string {
  let text = "";
  for (const node of nodes) {
    if (node.type === "text") text += node.value;
    else if (node.type === "pair") text += collectText(node.children, tags);
    else if (node.type === "self" && Object.hasOwn(tags, node.id) && tags[node.id].name.toLowerCase() === "br")
      text += "\n";
  }
  return text;
}

/** Prefixes the first line with `first` and the following ones with `rest` (multi-line items). */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, index) => `${index === 0 ? first : rest}${line}`.trimEnd())
    .join("\n");
}
