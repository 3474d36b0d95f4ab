// The one TMX 1.4b writer: a post's approved pairs (lib/export/render-tmx.ts) and the whole translation memory
// are both written here. A document is written element by element (writeTmxChunks), so exporting a memory of
// a million entries never holds it all in memory.

import { buildInlineTree, type InlineNode } from "@/lib/export/build-inline-tree";
import { dropXmlUnsafe } from "@/lib/export/serialize-xml";
import {
  formatTmxDate,
  REQUIRED_HEADER_ATTRIBUTES,
  type TmxCode,
  type TmxDocument,
  type TmxHeader,
  type TmxProp,
  type TmxUnit,
} from "./tmx-document";

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
  const children = notesAndProps(header.notes, header.props, "    ");
  const open = `<header${attributes(header.attributes)}`;
  const headerXml = children ? `${open}>${children}\n  </header>` : `${open}/>`;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${headerXml}\n  <body>`;
  for (const unit of units) yield `\n    ${writeTmxUnit(unit)}`;
  yield "\n  </body>\n</tmx>\n";
}

/**
 * One <tu>, laid out as it stands inside <body>. Written as a string rather than through a DOM: a memory of a
 * million units is exported unit by unit, and building each one as a tree cost twenty times more.
 */
export function writeTmxUnit(unit: TmxUnit): string {
  let xml = `<tu${attributes(unit.attributes)}>${notesAndProps(unit.notes, unit.props, "      ")}`;
  for (const variant of unit.variants) {
    const seg = writeInline(buildInlineTree(variant.text), (id) => variant.codes[id], { next: 1, pairs: new Map() });
    xml += `\n      <tuv${attributes({ "xml:lang": variant.lang, ...variant.attributes })}>`;
    xml += notesAndProps(variant.notes, variant.props, "        ");
    xml += `\n        ${element("seg", {}, seg)}\n      </tuv>`;
  }
  return `${xml}\n    </tu>`;
}

function notesAndProps(notes: readonly string[], props: readonly TmxProp[], indent: string): string {
  let xml = "";
  for (const note of notes) xml += `\n${indent}${element("note", {}, escapeText(note))}`;
  for (const prop of props) {
    const names: Record<string, string> = prop.lang ? { type: prop.type, "xml:lang": prop.lang } : { type: prop.type };
    xml += `\n${indent}${element("prop", names, escapeText(prop.value))}`;
  }
  return xml;
}

function element(name: string, attributeValues: Record<string, string>, content: string): string {
  const open = `<${name}${attributes(attributeValues)}`;
  return content === "" ? `${open}/>` : `${open}>${content}</${name}>`;
}

function attributes(values: Record<string, string>): string {
  let xml = "";
  for (const [name, value] of Object.entries(values)) xml += ` ${name}="${escapeAttribute(value)}"`;
  return xml;
}

/** Text content: XML's specials escaped; a CR as a reference, since parsers turn a literal CR into LF. */
function escapeText(text: string): string {
  return dropXmlUnsafe(text).replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]);
}

/** Attribute values: quotes too, and tab, LF and CR as references, which attribute normalisation would turn into spaces. */
function escapeAttribute(value: string): string {
  return dropXmlUnsafe(value).replace(/[&<>"\t\n\r]/g, (char) => TEXT_ESCAPES[char]);
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

/** `i` numbers the bpt/ept pairs of one <seg>. */
type PairCounter = { next: number; pairs: Map<number, number> };

/**
 * Placeholders as TMX inline codes: <bpt>/<ept> for pairs (crossing pairs too), <hi> for a highlight,
 * <it> for a lone half, <ph> for standalone codes; `x` is the placeholder number, so the codes of both
 * languages line up. A placeholder without a known code gets empty native code.
 */
function writeInline(
  nodes: readonly InlineNode[],
  codeOf: (id: string) => TmxCode | undefined,
  counter: PairCounter,
): string {
  let xml = "";
  for (const node of nodes) {
    if (node.type === "text") {
      xml += escapeText(node.value);
      continue;
    }
    const code = codeOf(node.id);
    const opening = escapeText(code?.open ?? "");
    const closing = escapeText(code?.close ?? "");
    const typed = (values: Record<string, string>) => (code?.type ? { ...values, type: code.type } : values);
    if (node.type === "pair" && code?.kind === "highlight") {
      xml += element("hi", typed({ x: node.id }), writeInline(node.children, codeOf, counter));
    } else if (node.type === "pair") {
      const i = String(counter.next++);
      xml += element("bpt", typed({ i, x: node.id }), opening);
      xml += writeInline(node.children, codeOf, counter);
      xml += element("ept", { i }, closing);
    } else if (node.type === "self" && (code?.kind === "isolated-begin" || code?.kind === "isolated-end")) {
      xml += element("it", typed({ pos: code.kind === "isolated-begin" ? "begin" : "end", x: node.id }), opening);
    } else if (node.type === "self") {
      xml += element("ph", typed({ x: node.id }), opening);
    } else if (node.type === "start" && node.pair !== null) {
      const i = counter.next++;
      counter.pairs.set(node.pair, i);
      xml += element("bpt", typed({ i: String(i), x: node.id }), opening);
    } else if (node.type === "end" && node.pair !== null && counter.pairs.has(node.pair)) {
      xml += element("ept", { i: String(counter.pairs.get(node.pair)) }, closing);
    } else {
      const begin = node.type === "start";
      xml += element("it", typed({ pos: begin ? "begin" : "end", x: node.id }), begin ? opening : closing);
    }
  }
  return xml;
}
