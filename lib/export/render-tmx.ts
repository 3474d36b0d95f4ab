import type { TmxCode, TmxUnit } from "@/lib/tm/tmx-document";
import { createTmxHeader, writeTmx } from "@/lib/tm/write-tmx";
import { listProvenanceNotes } from "./describe-provenance";
import type { ExportBlock, ExportPost } from "./export-types";
import { formatClosingTag, formatOpeningTag } from "./format-original-tag";

/**
 * A TMX 1.4b translation memory of the approved segment pairs (nothing else is reviewed enough to
 * reuse), written by the memory's own writer (lib/tm/write-tmx.ts). Inline tags keep their source
 * markup as native code: <bpt>/<ept> for pairs (crossing pairs too), <it> for a lone half, <ph> for
 * standalone tags; `x` is the placeholder number, so the codes of both languages line up.
 */
export function renderTmx(post: ExportPost): string {
  const header = createTmxHeader({
    srclang: post.sourceLang,
    creationDate: post.publishedAt,
    notes: listProvenanceNotes(post),
  });
  const units: TmxUnit[] = [];
  for (const block of post.blocks) {
    const codes = nativeCodes(block);
    for (const segment of block.segments) {
      if (segment.state !== "APPROVED" || segment.targetText.trim() === "") continue;
      units.push({
        attributes: { tuid: `s${segment.id}` },
        notes: [],
        props: [{ type: "x-retouche-post", value: post.slug }],
        variants: [
          { lang: post.sourceLang, text: segment.sourceText, codes, attributes: {}, notes: [], props: [] },
          { lang: post.targetLang, text: segment.targetText, codes, attributes: {}, notes: [], props: [] },
        ],
      });
    }
  }
  return writeTmx({ header, units });
}

/** The block's inline tags as TMX native code: the source element's opening and closing markup. */
function nativeCodes(block: ExportBlock): Record<string, TmxCode> {
  const codes: Record<string, TmxCode> = {};
  for (const [id, tag] of Object.entries(block.tags)) {
    codes[id] = { kind: "pair", open: formatOpeningTag(tag), close: formatClosingTag(tag) };
  }
  return codes;
}
