import { tokenizePlaceholderText } from "@/lib/text/placeholders";

/**
 * Placeholder text as a tree, the shape every exporter walks:
 *  - `pair`: `{n}…{/n}` properly nested, with its children;
 *  - `start` / `end`: a placeholder that cannot nest — crossing pairs such as `{1}a{2}b{/1}c{/2}`
 *    (both ends carry the same `pair` number) or a lone half (`pair: null`). HTML drops them; XLIFF
 *    and TMX keep them as start/end codes so nothing the translator typed is lost;
 *  - `self`: `{n/}`;
 *  - `text`: literal text, braces already unescaped.
 */
export type InlineNode =
  | { type: "text"; value: string }
  | { type: "pair"; id: string; children: InlineNode[] }
  | { type: "start"; id: string; pair: number | null }
  | { type: "end"; id: string; pair: number | null }
  | { type: "self"; id: string };

export function buildInlineTree(text: string): InlineNode[] {
  const tokens = tokenizePlaceholderText(text);

  // 1. Each close matches the latest unmatched open with the same number.
  const partner = new Map<number, number>();
  const openIndexes = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    if (token.type === "open") {
      const list = openIndexes.get(token.id) ?? [];
      list.push(index);
      openIndexes.set(token.id, list);
    } else if (token.type === "close") {
      const openIndex = openIndexes.get(token.id)?.pop();
      if (openIndex !== undefined) {
        partner.set(index, openIndex);
        partner.set(openIndex, index);
      }
    }
  });

  // 2. A matched pair nests when its open is on top of the stack at its close; otherwise it crosses
  //    another pair and is written as separate start/end codes.
  const nested = new Set<number>();
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    const other = partner.get(index);
    if (other === undefined) return;
    if (token.type === "open") stack.push(index);
    else if (stack[stack.length - 1] === other) {
      stack.pop();
      nested.add(other);
    } else stack.splice(stack.lastIndexOf(other), 1);
  });

  // 3. Build the tree.
  const root: InlineNode[] = [];
  const frames: InlineNode[][] = [root];
  const pairNumbers = new Map<number, number>();
  let nextPair = 1;
  tokens.forEach((token, index) => {
    const children = frames[frames.length - 1];
    if (token.type === "text") children.push({ type: "text", value: token.value });
    else if (token.type === "self") children.push({ type: "self", id: token.id });
    else if (token.type === "open") {
      if (nested.has(index)) {
        const node: InlineNode = { type: "pair", id: token.id, children: [] };
        children.push(node);
        frames.push(node.children);
      } else {
        const pair = partner.has(index) ? nextPair++ : null;
        if (pair !== null) pairNumbers.set(index, pair);
        children.push({ type: "start", id: token.id, pair });
      }
    } else {
      const openIndex = partner.get(index);
      if (openIndex !== undefined && nested.has(openIndex)) frames.pop();
      else
        children.push({
          type: "end",
          id: token.id,
          pair: openIndex === undefined ? null : (pairNumbers.get(openIndex) ?? null),
        });
    }
  });
  return root;
}
