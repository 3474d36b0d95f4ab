import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { InlineTag } from "@/lib/ingest/types";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import { listProvenanceNotes } from "./describe-provenance";
import type { ExportBlock, ExportPost, ExportSegment } from "./export-types";
import { createInlineIdAllocator } from "./inline-code-ids";
import { dropXmlUnsafe, serializeXml } from "./serialize-xml";
import { RETOUCHE_XLIFF_NAMESPACE, XLIFF12_NAMESPACE, XML_NAMESPACE, XMLNS_NAMESPACE } from "./xliff-namespaces";

const STRUCTURAL = new Set(["xliff", "file", "header", "body", "group", "trans-unit"]);

const TARGET_STATES: Record<ExportSegment["state"], string> = {
  MT: "new",
  EDITED: "translated",
  CONFIRMED: "signed-off",
  APPROVED: "final",
  RETURNED: "needs-review-translation",
};

// ctype values predefined by XLIFF 1.2 where one fits, "x-html-<name>" otherwise.
const PAIRED_CTYPES: Record<string, string> = {
  a: "link",
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underlined",
};
const STANDALONE_CTYPES: Record<string, string> = { img: "image", br: "lb" };

/**
 * The post as an XLIFF 1.2 file for older CAT tools: one <trans-unit id="s<segmentId>"> per segment
 * inside a <group> per block, inline tags as <g>/<x> (<bx>/<ex> for tags that cross or lost their
 * partner), the segment version in rt:version. XLIFF 1.2 cannot carry characters XML forbids
 * (control characters): they are left out.
 */
export function renderXliff12(post: ExportPost): string {
  const xliff = create()
    .ele(XLIFF12_NAMESPACE, "xliff", { version: "1.2" })
    .att(XMLNS_NAMESPACE, "xmlns:rt", RETOUCHE_XLIFF_NAMESPACE);
  const file = xliff
    .ele("file", {
      original: post.sourceUrl ?? post.slug,
      "source-language": post.sourceLang,
      "target-language": post.targetLang,
      datatype: "html",
      "tool-id": "retouche",
    })
    .att(RETOUCHE_XLIFF_NAMESPACE, "rt:post", `post-${post.id}`)
    .att(RETOUCHE_XLIFF_NAMESPACE, "rt:slug", post.slug);
  const header = file.ele("header");
  header.ele("tool", { "tool-id": "retouche", "tool-name": "Retouche" });
  for (const text of listProvenanceNotes(post)) header.ele("note", { from: "retouche" }).txt(dropXmlUnsafe(text));

  const body = file.ele("body");
  post.blocks.forEach((block, index) => {
    const group = body.ele("group", { id: `b${index}`, restype: `x-retouche-${block.kind}` });
    for (const segment of block.segments) appendTransUnit(group, block, segment);
  });
  return serializeXml(xliff, STRUCTURAL);
}

function appendTransUnit(parent: XMLBuilder, block: ExportBlock, segment: ExportSegment): void {
  const unit = parent
    .ele("trans-unit", { id: `s${segment.id}`, ...(segment.state === "APPROVED" ? { approved: "yes" } : {}) })
    .att(XML_NAMESPACE, "xml:space", "preserve")
    .att(RETOUCHE_XLIFF_NAMESPACE, "rt:version", String(segment.version))
    .att(RETOUCHE_XLIFF_NAMESPACE, "rt:state", segment.state);
  appendInline(unit.ele("source"), buildInlineTree(segment.sourceText), block.tags, createInlineIdAllocator());
  appendInline(
    unit.ele("target", { state: TARGET_STATES[segment.state] }),
    buildInlineTree(segment.targetText),
    block.tags,
    createInlineIdAllocator(),
  );
  for (const note of segment.notes) unit.ele("note").txt(dropXmlUnsafe(note));
  if (segment.state === "RETURNED") unit.ele("note", { from: "reviewer" }).txt("returned");
}

function appendInline(
  parent: XMLBuilder,
  nodes: readonly InlineNode[],
  tags: Record<string, InlineTag>,
  claimId: (placeholder: string) => string,
  pairIds: Map<number, string> = new Map(),
): void {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = dropXmlUnsafe(node.value);
      if (text) parent.txt(text);
      continue;
    }
    const name = Object.hasOwn(tags, node.id) ? tags[node.id].name.toLowerCase() : null;
    if (node.type === "pair") {
      const g = parent.ele("g", { id: claimId(node.id), ...ctypeOf(name, PAIRED_CTYPES) });
      appendInline(g, node.children, tags, claimId, pairIds);
    } else if (node.type === "self") {
      parent.ele("x", { id: claimId(node.id), ...ctypeOf(name, STANDALONE_CTYPES) });
    } else if (node.type === "start") {
      const id = claimId(node.id);
      if (node.pair !== null) pairIds.set(node.pair, id);
      parent.ele("bx", { id, rid: id, ...ctypeOf(name, PAIRED_CTYPES) });
    } else {
      // rid links an <ex> to its <bx>; a lone end keeps only its own id.
      const rid = node.pair === null ? undefined : pairIds.get(node.pair);
      parent.ele("ex", { id: claimId(node.id), ...(rid ? { rid } : {}) });
    }
  }
}

function ctypeOf(name: string | null, predefined: Record<string, string>): { ctype?: string } {
  if (!name) return {};
  const clean = name.replace(/[^a-z0-9-]/g, "");
  return { ctype: Object.hasOwn(predefined, clean) ? predefined[clean] : `x-html-${clean}` };
}
