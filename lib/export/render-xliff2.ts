import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { InlineTag } from "@/lib/ingest/types";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import { listProvenanceNotes } from "./describe-provenance";
import type { ExportBlock, ExportPost, ExportSegment } from "./export-types";
import { formatClosingTag, formatOpeningTag } from "./format-original-tag";
import { createInlineIdAllocator } from "./inline-code-ids";
import { dropXmlUnsafe, serializeXml, splitXmlUnsafe } from "./serialize-xml";
import { XLIFF2_METADATA_NAMESPACE, XLIFF2_NAMESPACE, XML_NAMESPACE, XMLNS_NAMESPACE } from "./xliff-namespaces";

const STRUCTURAL = new Set([
  "xliff",
  "file",
  "group",
  "unit",
  "notes",
  "originalData",
  "segment",
  "mda:metadata",
  "mda:metaGroup",
]);

// RETURNED stays "translated" (the translator has work to do) with a "returned" note; the exact
// Retouche state is kept in subState and in the unit metadata.
const SEGMENT_STATES: Record<ExportSegment["state"], "initial" | "translated" | "reviewed" | "final"> = {
  MT: "initial",
  EDITED: "translated",
  CONFIRMED: "translated",
  RETURNED: "translated",
  APPROVED: "final",
};

/**
 * The post as an XLIFF 2.0 bilingual file: one <file id="post-<id>">, one <group id="b<n>"> per
 * block, one <unit id="s<segmentId>"> with a single <segment> per segment. Inline tags become
 * <pc>/<ph> (or <sc>/<ec> for tags that cross or lost their partner), with the original markup in
 * <originalData>. Each unit records its segment version (metadata module) so a re-import can detect
 * edits made in Retouche meanwhile.
 */
export function renderXliff2(post: ExportPost): string {
  const xliff = create()
    .ele(XLIFF2_NAMESPACE, "xliff", { version: "2.0", srcLang: post.sourceLang, trgLang: post.targetLang })
    .att(XMLNS_NAMESPACE, "xmlns:mda", XLIFF2_METADATA_NAMESPACE);
  // canResegment="no": our units map 1:1 to segments in the database; a tool must not split them.
  const file = xliff.ele("file", { id: `post-${post.id}`, original: post.sourceUrl ?? post.slug, canResegment: "no" });

  appendMetadata(file, "retouche-post", [
    ["id", String(post.id)],
    ["slug", post.slug],
    ["title", post.title],
    ["source-title", post.sourceTitle],
    ["source-date", post.sourceDate],
    ["published-at", post.publishedAt],
    ["version", post.version === null ? null : String(post.version)],
  ]);
  appendNotes(
    file,
    listProvenanceNotes(post).map((text) => ({ text, category: "provenance" })),
  );

  post.blocks.forEach((block, index) => {
    const group = file.ele("group", { id: `b${index}`, type: `retouche:${block.kind}` });
    for (const segment of block.segments) appendUnit(group, block, segment);
  });
  // A <file> needs at least one <unit> or <group>: an empty post still gives a valid document.
  if (post.blocks.length === 0) file.ele("group", { id: "empty" });
  return serializeXml(xliff, STRUCTURAL);
}

function appendUnit(parent: XMLBuilder, block: ExportBlock, segment: ExportSegment): void {
  const unit = parent.ele("unit", { id: `s${segment.id}` });
  appendMetadata(unit, "retouche-segment", [
    ["version", String(segment.version)],
    ["state", segment.state],
  ]);
  const notes = segment.notes.map((text) => ({ text, category: "comment" }));
  if (segment.state === "RETURNED") notes.push({ text: "returned", category: "review" });
  appendNotes(unit, notes);

  const source = buildInlineTree(segment.sourceText);
  const target = buildInlineTree(segment.targetText);
  const dataIds = appendOriginalData(unit, block.tags, [source, target]);

  const element = unit.ele("segment", {
    id: `s${segment.id}`,
    state: SEGMENT_STATES[segment.state],
    subState: `retouche:${segment.state.toLowerCase()}`,
  });
  for (const [name, nodes] of [
    ["source", source],
    ["target", target],
  ] as const) {
    const content = element.ele(name).att(XML_NAMESPACE, "xml:space", "preserve");
    appendInline(content, nodes, { tags: block.tags, dataIds, claimId: createInlineIdAllocator(), pairIds: new Map() });
  }
}

function appendMetadata(parent: XMLBuilder, category: string, entries: [string, string | null][]): void {
  const present = entries.filter((entry): entry is [string, string] => entry[1] !== null);
  if (present.length === 0) return;
  const group = parent
    .ele(XLIFF2_METADATA_NAMESPACE, "mda:metadata")
    .ele(XLIFF2_METADATA_NAMESPACE, "mda:metaGroup", { category });
  for (const [type, value] of present)
    group.ele(XLIFF2_METADATA_NAMESPACE, "mda:meta", { type }).txt(dropXmlUnsafe(value));
}

function appendNotes(parent: XMLBuilder, notes: { text: string; category: string }[]): void {
  if (notes.length === 0) return;
  const element = parent.ele("notes");
  for (const note of notes) element.ele("note", { category: note.category }).txt(dropXmlUnsafe(note.text));
}

type DataIds = Map<string, { start: string; end: string | null }>;

/** Writes one <data> per opening/closing/standalone markup used in the unit; returns the ids by placeholder. */
function appendOriginalData(unit: XMLBuilder, tags: Record<string, InlineTag>, trees: InlineNode[][]): DataIds {
  const uses = new Map<string, { paired: boolean }>();
  const visit = (nodes: readonly InlineNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") continue;
      const paired = node.type !== "self";
      uses.set(node.id, { paired: paired || (uses.get(node.id)?.paired ?? false) });
      if (node.type === "pair") visit(node.children);
    }
  };
  for (const tree of trees) visit(tree);

  const ids: DataIds = new Map();
  const known = [...uses].filter(([id]) => Object.hasOwn(tags, id));
  if (known.length === 0) return ids;
  const originalData = unit.ele("originalData");
  for (const [id, use] of known) {
    const tag = tags[id];
    originalData.ele("data", { id: `d${id}` }).txt(dropXmlUnsafe(formatOpeningTag(tag)));
    if (use.paired) originalData.ele("data", { id: `d${id}-end` }).txt(dropXmlUnsafe(formatClosingTag(tag)));
    ids.set(id, { start: `d${id}`, end: use.paired ? `d${id}-end` : null });
  }
  return ids;
}

type InlineContext = {
  tags: Record<string, InlineTag>;
  dataIds: DataIds;
  claimId: (placeholder: string) => string;
  /** sc id of each crossing pair, for its ec's startRef. */
  pairIds: Map<number, string>;
};

function appendInline(parent: XMLBuilder, nodes: readonly InlineNode[], context: InlineContext): void {
  for (const node of nodes) {
    if (node.type === "text") {
      // Characters XML cannot carry travel as <cp hex="…"/> (XLIFF 2.0 §4.3.1.1).
      for (const part of splitXmlUnsafe(node.value)) {
        if (typeof part === "string") parent.txt(part);
        else parent.ele("cp", { hex: part.toString(16).toUpperCase().padStart(4, "0") });
      }
      continue;
    }
    const data = context.dataIds.get(node.id);
    const type = describeCodeType(context.tags, node.id);
    if (node.type === "pair") {
      const pc = parent.ele("pc", {
        id: context.claimId(node.id),
        ...(data ? { dataRefStart: data.start, ...(data.end ? { dataRefEnd: data.end } : {}) } : {}),
        ...(type ? { type } : {}),
        // A pair that encloses half of a crossing pair must say it may overlap.
        ...(containsHalves(node.children) ? { canOverlap: "yes" } : {}),
      });
      appendInline(pc, node.children, context);
    } else if (node.type === "self") {
      parent.ele("ph", {
        id: context.claimId(node.id),
        ...(data ? { dataRef: data.start } : {}),
        ...(type ? { type } : {}),
      });
    } else if (node.type === "start") {
      const id = context.claimId(node.id);
      if (node.pair !== null) context.pairIds.set(node.pair, id);
      parent.ele("sc", {
        id,
        ...(data ? { dataRef: data.start } : {}),
        ...(type ? { type } : {}),
        ...(node.pair === null ? { isolated: "yes" } : {}),
      });
    } else {
      const startRef = node.pair === null ? undefined : context.pairIds.get(node.pair);
      const dataRef = data?.end ?? undefined;
      parent.ele("ec", {
        ...(startRef ? { startRef } : { id: context.claimId(node.id), isolated: "yes" }),
        ...(dataRef ? { dataRef } : {}),
        ...(type ? { type } : {}),
      });
    }
  }
}

function containsHalves(nodes: readonly InlineNode[]): boolean {
  return nodes.some(
    (node) => node.type === "start" || node.type === "end" || (node.type === "pair" && containsHalves(node.children)),
  );
}

function describeCodeType(tags: Record<string, InlineTag>, id: string): "link" | "image" | "fmt" | null {
  if (!Object.hasOwn(tags, id)) return null;
  const name = tags[id].name.toLowerCase();
  return name === "a" ? "link" : name === "img" ? "image" : "fmt";
}
