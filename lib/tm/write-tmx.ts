// The one TMX 1.4b writer: a post's approved pairs (lib/export/render-tmx.ts) and the whole translation memory
// are both written here. A document is written element by element (writeTmxChunks), so exporting a memory of
// a million entries never holds it all in memory.

import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { buildInlineTree, type InlineNode } from "@/lib/export/build-inline-tree";
import { dropXmlUnsafe, serializeXmlElement } from "@/lib/export/serialize-xml";
import { XML_NAMESPACE } from "@/lib/export/xliff-namespaces";
import {
  formatTmxDate,
  REQUIRED_HEADER_ATTRIBUTES,
  type TmxCode,
  type TmxDocument,
  type TmxHeader,
  type TmxProp,
  type TmxUnit,
} from "./tmx-document";

const STRUCTURAL = new Set(["tmx", "header", "body", "tu", "tuv"]);

/** Retouche's header: the required attributes filled in, for a memory whose source language is `srclang`. */
export function createTmxHeader(options: {
  srclang: string;
  creationDate?: string | Date | null;
  notes?: string[];
  props?: TmxProp[];
}): TmxHeader {
  const attributes: Record<string, string> = {
    creationtool: "Retouche",
    creationtoolversion: "0.1",
    segtype: "sentence",
    "o-tmf": "Retouche",
    adminlang: "en",
    srclang: options.srclang,
    datatype: "plaintext",
  };
  if (options.creationDate) {
    const date = new Date(options.creationDate);
    if (!Number.isNaN(date.getTime())) attributes.creationdate = formatTmxDate(date);
  }
  return { attributes, notes: options.notes ?? [], props: options.props ?? [] };
}

export function writeTmx(document: TmxDocument): string {
  return [...writeTmxChunks(document.header, document.units)].join("");
}

/** The document in pieces: the declaration and header, one piece per unit, the closing tags. */
export function* writeTmxChunks(header: TmxHeader, units: Iterable<TmxUnit>): Generator<string> {
  const missing = REQUIRED_HEADER_ATTRIBUTES.filter((name) => !header.attributes[name]);
  if (missing.length > 0) throw new RangeError(`TMX header lacks ${missing.join(", ")}`);
  const element = create().ele("header", header.attributes);
  appendNotesAndProps(element, header.notes, header.props);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${serializeXmlElement(element, STRUCTURAL, 1)}\n  <body>`;
  for (const unit of units) yield `\n    ${writeTmxUnit(unit)}`;
  yield "\n  </body>\n</tmx>\n";
}

/** One <tu>, laid out as it stands inside <body>. */
export function writeTmxUnit(unit: TmxUnit): string {
  const tu = create().ele("tu", unit.attributes);
  appendNotesAndProps(tu, unit.notes, unit.props);
  for (const variant of unit.variants) {
    const tuv = tu.ele("tuv").att(XML_NAMESPACE, "xml:lang", variant.lang);
    for (const [name, value] of Object.entries(variant.attributes)) tuv.att(name, value);
    appendNotesAndProps(tuv, variant.notes, variant.props);
    const seg = tuv.ele("seg");
    appendInline(seg, buildInlineTree(variant.text), (id) => variant.codes[id], { next: 1, pairs: new Map() });
  }
  return serializeXmlElement(tu, STRUCTURAL, 2);
}

function appendNotesAndProps(parent: XMLBuilder, notes: string[], props: TmxProp[]): void {
  for (const note of notes) parent.ele("note").txt(dropXmlUnsafe(note));
  for (const prop of props) {
    const element = parent.ele("prop", { type: prop.type });
    if (prop.lang) element.att(XML_NAMESPACE, "xml:lang", prop.lang);
    element.txt(dropXmlUnsafe(prop.value));
  }
}

/** `i` numbers the bpt/ept pairs of one <seg>. */
type PairCounter = { next: number; pairs: Map<number, number> };

/**
 * Placeholders as TMX inline codes: <bpt>/<ept> for pairs (crossing pairs too), <hi> for a highlight,
 * <it> for a lone half, <ph> for standalone codes; `x` is the placeholder number, so the codes of both
 * languages line up. A placeholder without a known code gets empty native code.
 */
function appendInline(
  parent: XMLBuilder,
  nodes: readonly InlineNode[],
  codeOf: (id: string) => TmxCode | undefined,
  counter: PairCounter,
): void {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = dropXmlUnsafe(node.value);
      if (text) parent.txt(text);
      continue;
    }
    const code = codeOf(node.id);
    const opening = dropXmlUnsafe(code?.open ?? "");
    const closing = dropXmlUnsafe(code?.close ?? "");
    const typed = (attributes: Record<string, string>) =>
      code?.type ? { ...attributes, type: code.type } : attributes;
    if (node.type === "pair" && code?.kind === "highlight") {
      appendInline(parent.ele("hi", typed({ x: node.id })), node.children, codeOf, counter);
    } else if (node.type === "pair") {
      const i = String(counter.next++);
      parent.ele("bpt", typed({ i, x: node.id })).txt(opening);
      appendInline(parent, node.children, codeOf, counter);
      parent.ele("ept", { i }).txt(closing);
    } else if (node.type === "self" && (code?.kind === "isolated-begin" || code?.kind === "isolated-end")) {
      const pos = code.kind === "isolated-begin" ? "begin" : "end";
      parent.ele("it", typed({ pos, x: node.id })).txt(opening);
    } else if (node.type === "self") {
      parent.ele("ph", typed({ x: node.id })).txt(opening);
    } else if (node.type === "start" && node.pair !== null) {
      const i = counter.next++;
      counter.pairs.set(node.pair, i);
      parent.ele("bpt", typed({ i: String(i), x: node.id })).txt(opening);
    } else if (node.type === "end" && node.pair !== null && counter.pairs.has(node.pair)) {
      parent.ele("ept", { i: String(counter.pairs.get(node.pair)) }).txt(closing);
    } else {
      const begin = node.type === "start";
      parent.ele("it", typed({ pos: begin ? "begin" : "end", x: node.id })).txt(begin ? opening : closing);
    }
  }
}
