import { stripPlaceholders } from "@/lib/text/placeholders";
import type { ExportBlock, ExportPost } from "./export-types";

/** Consecutive list items form one list and consecutive quote blocks one quotation; anything else stands alone. */
export type BlockGroup =
  | { kind: "single"; block: ExportBlock }
  | { kind: "list"; blocks: ExportBlock[] }
  | { kind: "quote"; blocks: ExportBlock[] };

export function groupBlocks(blocks: readonly ExportBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const kind = block.kind === "list-item" ? "list" : block.kind === "quote" ? "quote" : "single";
    if (kind === "single") groups.push({ kind, block });
    else if (last && last.kind === kind) last.blocks.push(block);
    else groups.push({ kind, blocks: [block] });
  }
  return groups;
}

/** A block's target text: its segments joined with a space (placeholders kept). */
export function joinBlockText(block: ExportBlock): string {
  return block.segments.map((segment) => segment.targetText).join(" ");
}

/** Whether the blocks include a title block; when it has none, renderers print `post.title` as the title. */
export function hasTitleBlock(blocks: readonly ExportBlock[]): boolean {
  return blocks.some((block) => block.kind === "title");
}

/** The article title as plain text: the (corrected) title block when it has text, else `post.title`. */
export function readTitleText(post: ExportPost): string {
  const titleBlock = post.blocks.find((block) => block.kind === "title");
  const corrected = titleBlock ? stripPlaceholders(joinBlockText(titleBlock)).trim() : "";
  return corrected || post.title.trim();
}
