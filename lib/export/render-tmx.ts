import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { InlineTag } from "@/lib/ingest/types";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import { listProvenanceNotes } from "./describe-provenance";
import type { ExportPost } from "./export-types";
import { formatClosingTag, formatOpeningTag } from "./format-original-tag";
import { dropXmlUnsafe, serializeXml } from "./serialize-xml";
import { XML_NAMESPACE } from "./xliff-namespaces";

const STRUCTURAL = new Set(["tmx", "header", "body", "tu", "tuv"]);

/**
 * A TMX 1.4b translation memory of the approved segment pairs (nothing else is reviewed enough to
 * reuse). Inline tags keep their source markup as native code: <bpt>/<ept> for pairs (crossing
 * pairs too), <it> for a lone half, <ph> for standalone tags; `x` is the placeholder number, so the
 * codes of both languages line up.
 */
export function renderTmx(post: ExportPost): string {
  const tmx = create().ele("tmx", { version: "1.4" });
  const creationDate = formatTmxDate(post.publishedAt);
  const header = tmx.ele("header", {
    creationtool: "Retouche",
    creationtoolversion: "0.1",
    segtype: "sentence",
    "o-tmf": "Retouche",
    adminlang: "en",
    srclang: post.sourceLang,
    datatype: "plaintext",
    ...(creationDate ? { creationdate: creationDate } : {}),
  });
  for (const text of listProvenanceNotes(post)) header.ele("note").txt(dropXmlUnsafe(text));

  const body = tmx.ele("body");
  for (const block of post.blocks) {
    for (const segment of block.segments) {
      if (segment.state !== "APPROVED" || segment.targetText.trim() === "") continue;
      const tu = body.ele("tu", { tuid: `s${segment.id}` });
      tu.ele("prop", { type: "x-retouche-post" }).txt(dropXmlUnsafe(post.slug));
      for (const [lang, text] of [
        [post.sourceLang, segment.sourceText],
        [post.targetLang, segment.targetText],
      ] as const) {
        const seg = tu.ele("tuv").att(XML_NAMESPACE, "xml:lang", lang).ele("seg");
        appendInline(seg, buildInlineTree(text), block.tags, { next: 1, pairs: new Map() });
      }
    }
  }
  return serializeXml(tmx, STRUCTURAL);
}

/** `i` numbers the bpt/ept pairs of one <seg>. */
type PairCounter = { next: number; pairs: Map<number, number> };

function appendInline(
  parent: XMLBuilder,
  nodes: readonly InlineNode[],
  tags: Record<string, InlineTag>,
  counter: PairCounter,
): void {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = dropXmlUnsafe(node.value);
      if (text) parent.txt(text);
      continue;
    }
    const tag = Object.hasOwn(tags, node.id) ? tags[node.id] : null;
    const opening = tag ? dropXmlUnsafe(formatOpeningTag(tag)) : "";
    const closing = tag ? dropXmlUnsafe(formatClosingTag(tag)) : "";
    if (node.type === "pair") {
      const i = String(counter.next++);
      parent.ele("bpt", { i, x: node.id }).txt(opening);
      appendInline(parent, node.children, tags, counter);
      parent.ele("ept", { i }).txt(closing);
    } else if (node.type === "self") {
      parent.ele("ph", { x: node.id }).txt(opening);
    } else if (node.type === "start" && node.pair !== null) {
      const i = counter.next++;
      counter.pairs.set(node.pair, i);
      parent.ele("bpt", { i: String(i), x: node.id }).txt(opening);
    } else if (node.type === "end" && node.pair !== null && counter.pairs.has(node.pair)) {
      parent.ele("ept", { i: String(counter.pairs.get(node.pair)) }).txt(closing);
    } else {
      const begin = node.type === "start";
      parent.ele("it", { pos: begin ? "begin" : "end", x: node.id }).txt(begin ? opening : closing);
    }
  }
}

/** TMX dates are "YYYYMMDDThhmmssZ" (UTC). */
function formatTmxDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
