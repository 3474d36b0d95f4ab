import type { InlineTag } from "@/lib/ingest/types";
import { applyTypographyToRuns, type TextRun } from "./apply-typography";
import type { InlineNode } from "./build-inline-tree";

// Computer text is shown verbatim: no typographic spaces inside these.
const VERBATIM_TAGS = new Set(["code", "kbd", "samp"]);

/**
 * Returns a copy of the tree with the target language's typography applied to its text, looking
 * across tag boundaries ("{1}mot{/1}:" gets its space) but never inside code.
 */
export function typesetInlineTree(
  nodes: readonly InlineNode[],
  tags: Record<string, InlineTag>,
  lang: string,
): InlineNode[] {
  const runs: TextRun[] = [];
  collectRuns(nodes, tags, false, runs);
  const typeset = applyTypographyToRuns(runs, lang);
  let next = 0;
  const rebuild = (list: readonly InlineNode[]): InlineNode[] =>
    list.map((node) => {
      if (node.type === "text") return { type: "text", value: typeset[next++] };
      if (node.type === "pair") return { ...node, children: rebuild(node.children) };
      return node;
    });
  return rebuild(nodes);
}

function collectRuns(
  nodes: readonly InlineNode[],
  tags: Record<string, InlineTag>,
  frozen: boolean,
  runs: TextRun[],
): void {
  for (const node of nodes) {
    if (node.type === "text") runs.push({ text: node.value, frozen });
    else if (node.type === "pair") {
      const name = Object.hasOwn(tags, node.id) ? tags[node.id].name.toLowerCase() : "";
      collectRuns(node.children, tags, frozen || VERBATIM_TAGS.has(name), runs);
    }
  }
}
