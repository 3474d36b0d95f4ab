/** Kinds of translatable blocks an input document is split into. */
export const BLOCK_KINDS = [
  "title",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "heading5",
  "heading6",
  "paragraph",
  "list-item",
  "quote",
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export function isBlockKind(value: unknown): value is BlockKind {
  return typeof value === "string" && (BLOCK_KINDS as readonly string[]).includes(value);
}

/** An inline element replaced by a placeholder, e.g. `{ name: "a", attrs: { href: "https://…" } }`. */
export type InlineTag = { name: string; attrs: Record<string, string>; selfClosing?: boolean };

/**
 * One block of text. `text` uses the placeholder syntax documented in `placeholders.ts`:
 * `{1}…{/1}` pairs, `{2/}` self-closing, literal braces doubled. `tags` is keyed by the number ("1", "2").
 */
export type ParsedBlock = { kind: BlockKind; text: string; tags: Record<string, InlineTag> };

/** What the machine-translation footer told us about the original post. */
export type MtProvenance = {
  isMachineTranslation: true;
  sourceUrl: string | null;
  /** ISO 8601 (UTC), e.g. "2020-06-11T01:08:42.000Z". */
  sourceDate: string | null;
  siteName: string | null;
  /** The footer as plain text, exactly as found (placeholders removed). */
  rawFooter: string;
};

export type ParsedDocument = { title: string | null; blocks: ParsedBlock[]; provenance: MtProvenance | null };

export type InputFormat = "text" | "markdown" | "html";
