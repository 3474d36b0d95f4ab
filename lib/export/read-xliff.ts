import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import { escapePlaceholderText } from "@/lib/text/placeholders";
import { readPlaceholderNumber } from "./inline-code-ids";
import { RETOUCHE_XLIFF_NAMESPACE, XLIFF2_METADATA_NAMESPACE } from "./xliff-namespaces";

export type XliffUnit = {
  segmentId: number;
  /** The segment version the file was exported from (null when the file does not say). */
  baseVersion: number | null;
  /** Target text in placeholder syntax (`{1}…{/1}`, `{2/}`, literal braces doubled). */
  target: string;
  /** The XLIFF state as written in the file ("translated", "final"…), or null. */
  state: string | null;
};

export type XliffReadResult = { version: "2.0" | "1.2"; postRef: string | null; units: XliffUnit[] };

// Far above any article; stops a runaway upload before the parser allocates for it.
const MAX_XLIFF_CHARS = 20_000_000;

type XmlElement = {
  name: string;
  local: string;
  attributes: Record<string, string>;
  /** Namespace prefixes in scope ("" for the default namespace). */
  namespaces: Record<string, string>;
  children: XmlChild[];
};
type XmlChild = XmlElement | { text: string };

/**
 * Reads an XLIFF 2.0 or 1.2 file (ours, possibly after a CAT tool edited it) back into segment
 * targets in placeholder syntax: <pc>/<g> → `{n}…{/n}`, <ph>/<x> → `{n/}`, <sc>/<bx> → `{n}`,
 * <ec>/<ex> → `{/n}`, <cp> → the character. Throws AppError("invalid_input") with a sentence a
 * volunteer can act on when the input is not something we can import.
 */
export function readXliff(xml: string): XliffReadResult {
  const root = parseDocument(xml);
  if (root.local !== "xliff")
    throw invalid(`This is not an XLIFF file: its root element is <${root.name}>, not <xliff>.`);
  const version = root.attributes.version;
  const files = childElements(root, "file");
  if (files.length === 0) throw invalid("This XLIFF file has no <file> element.");
  let result: XliffReadResult;
  if (version === "2.0") result = { version: "2.0", postRef: files[0].attributes.id ?? null, units: readUnits2(files) };
  else if (version === "1.2") {
    const postRef =
      readNamespacedAttribute(files[0], RETOUCHE_XLIFF_NAMESPACE, "post") ?? files[0].attributes.original ?? null;
    result = { version: "1.2", postRef, units: readUnits12(files) };
  } else {
    throw invalid(`This XLIFF file has version "${version ?? "(none)"}"; Retouche reads XLIFF 2.0 and 1.2.`);
  }
  if (result.units.length === 0) throw invalid("This XLIFF file has no units with a target to import.");
  const seen = new Set<number>();
  for (const unit of result.units) {
    if (seen.has(unit.segmentId)) throw invalid(`Segment s${unit.segmentId} appears twice in this XLIFF file.`);
    seen.add(unit.segmentId);
  }
  return result;
}

function invalid(message: string): AppError {
  return new AppError("invalid_input", message);
}

function parseDocument(input: string): XmlElement {
  if (typeof input !== "string" || input.trim() === "") throw invalid("This file is empty.");
  if (input.length > MAX_XLIFF_CHARS) throw invalid("This XLIFF file is too large to import.");
  if (input.includes("\u0000")) throw invalid("This is not an XLIFF file: it contains binary data.");
  const xml = input.replace(/^\uFEFF/, "");
  // XLIFF never needs a DTD; refusing them rules out entity-expansion attacks.
  if (/<!DOCTYPE/i.test(xml)) throw invalid("XLIFF files with a DOCTYPE declaration are not accepted.");
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw invalid(`This is not an XLIFF file: the XML is malformed (line ${line}, column ${col}: ${msg}).`);
  }
  let parsed: unknown;
  try {
    parsed = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: "",
      // Inline text is kept byte for byte: no trimming, no number parsing.
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      cdataPropName: "#cdata",
      ignoreDeclaration: true,
      ignorePiTags: true,
      // Without it, character references such as &#xD; or &#x1F600; stay undecoded (fast-xml-parser 5).
      htmlEntities: true,
    }).parse(xml);
  } catch (error) {
    throw invalid(`This is not an XLIFF file: ${error instanceof Error ? error.message : "the XML cannot be read"}.`);
  }
  const top = convertChildren(parsed, {}).filter((child): child is XmlElement => "name" in child);
  if (top.length !== 1) throw invalid("This is not an XLIFF file: it has no root element.");
  return top[0];
}

/** fast-xml-parser's ordered output ([{ tag: [...children], ":@": {attrs} } | { "#text": "…" }]) as a plain tree. */
function convertChildren(nodes: unknown, namespaces: Record<string, string>): XmlChild[] {
  if (!Array.isArray(nodes)) return [];
  const children: XmlChild[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const attributes = (node[":@"] ?? {}) as Record<string, string>;
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined) continue;
    if (name === "#text") children.push({ text: String(node[name]) });
    else if (name === "#cdata") {
      for (const part of convertChildren(node[name], namespaces)) if ("text" in part) children.push(part);
    } else {
      const scope = { ...namespaces };
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute === "xmlns") scope[""] = value;
        else if (attribute.startsWith("xmlns:")) scope[attribute.slice(6)] = value;
      }
      const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
      children.push({ name, local, attributes, namespaces: scope, children: convertChildren(node[name], scope) });
    }
  }
  return children;
}

function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => "name" in child && (local === undefined || child.local === local),
  );
}

/** An attribute in a given namespace, whatever prefix the file uses for it. */
function readNamespacedAttribute(element: XmlElement, namespace: string, local: string): string | null {
  for (const [attribute, value] of Object.entries(element.attributes)) {
    const colon = attribute.indexOf(":");
    if (colon < 0 || attribute.slice(colon + 1) !== local) continue;
    if (element.namespaces[attribute.slice(0, colon)] === namespace) return value;
  }
  return null;
}

function readSegmentId(id: string | undefined): number {
  const match = /^s([1-9]\d{0,14})$/.exec(id ?? "");
  if (!match) throw invalid(`Unit "${id ?? ""}" was not exported by Retouche (expected an id such as "s123").`);
  return Number(match[1]);
}

function readVersion(value: string | null | undefined): number | null {
  return value && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : null;
}

// ---------------------------------------------------------------- XLIFF 2.0

function readUnits2(files: XmlElement[]): XliffUnit[] {
  const units: XliffUnit[] = [];
  const visit = (container: XmlElement) => {
    for (const child of childElements(container)) {
      if (child.local === "group") visit(child);
      else if (child.local === "unit") {
        const unit = readUnit2(child);
        if (unit) units.push(unit);
      }
    }
  };
  for (const file of files) visit(file);
  return units;
}

function readUnit2(unit: XmlElement): XliffUnit | null {
  const segmentId = readSegmentId(unit.attributes.id);
  // A tool may have split the unit despite canResegment="no": its parts are joined back in order.
  const parts = childElements(unit).filter((child) => child.local === "segment" || child.local === "ignorable");
  const segments = parts.filter((part) => part.local === "segment");
  if (!segments.some((segment) => childElements(segment, "target").length > 0)) return null;
  let target = "";
  for (const part of parts) {
    const content =
      childElements(part, "target")[0] ?? (part.local === "ignorable" ? childElements(part, "source")[0] : undefined);
    if (content) target += convertInline2(content.children, segmentId);
  }
  return { segmentId, baseVersion: readMetaVersion(unit), target, state: segments[0].attributes.state ?? null };
}

function readMetaVersion(unit: XmlElement): number | null {
  for (const metadata of childElements(unit, "metadata")) {
    const prefix = metadata.name.includes(":") ? metadata.name.slice(0, metadata.name.indexOf(":")) : "";
    if (metadata.namespaces[prefix] !== XLIFF2_METADATA_NAMESPACE) continue;
    const stack = [...childElements(metadata)];
    while (stack.length > 0) {
      const element = stack.pop() as XmlElement;
      if (element.local === "metaGroup") stack.push(...childElements(element));
      else if (element.local === "meta" && element.attributes.type === "version")
        return readVersion(collectText(element));
    }
  }
  return null;
}

function convertInline2(children: readonly XmlChild[], segmentId: number): string {
  let text = "";
  for (const child of children) {
    if ("text" in child) {
      text += escapePlaceholderText(child.text);
      continue;
    }
    const { local, attributes } = child;
    if (local === "pc") {
      const n = placeholderOf(attributes.id, segmentId, local);
      text += `{${n}}${convertInline2(child.children, segmentId)}{/${n}}`;
    } else if (local === "ph") text += `{${placeholderOf(attributes.id, segmentId, local)}/}`;
    else if (local === "sc") text += `{${placeholderOf(attributes.id, segmentId, local)}}`;
    else if (local === "ec") text += `{/${placeholderOf(attributes.startRef ?? attributes.id, segmentId, local)}}`;
    else if (local === "cp") text += escapePlaceholderText(readCodePoint(attributes.hex, segmentId));
    // Annotations (<mrk>, and anything unknown) keep their text; <sm>/<em> markers have none.
    else text += convertInline2(child.children, segmentId);
  }
  return text;
}

function readCodePoint(hex: string | undefined, segmentId: number): string {
  const value = /^[0-9a-f]{1,6}$/i.test(hex ?? "") ? Number.parseInt(hex as string, 16) : Number.NaN;
  if (!(value <= 0x10ffff))
    throw invalid(`Unit s${segmentId} has a <cp> element with an invalid hex value "${hex ?? ""}".`);
  return String.fromCodePoint(value);
}

// ---------------------------------------------------------------- XLIFF 1.2

function readUnits12(files: XmlElement[]): XliffUnit[] {
  const units: XliffUnit[] = [];
  const visit = (container: XmlElement) => {
    for (const child of childElements(container)) {
      if (child.local === "group" || child.local === "body") visit(child);
      else if (child.local === "trans-unit") {
        const segmentId = readSegmentId(child.attributes.id);
        const target = childElements(child, "target")[0];
        if (!target) continue;
        units.push({
          segmentId,
          baseVersion: readVersion(readNamespacedAttribute(child, RETOUCHE_XLIFF_NAMESPACE, "version")),
          target: convertInline12(target.children, segmentId),
          state: target.attributes.state ?? null,
        });
      }
    }
  };
  for (const file of files) visit(file);
  return units;
}

function convertInline12(children: readonly XmlChild[], segmentId: number): string {
  let text = "";
  for (const child of children) {
    if ("text" in child) {
      text += escapePlaceholderText(child.text);
      continue;
    }
    const { local, attributes } = child;
    if (local === "g") {
      const n = placeholderOf(attributes.id, segmentId, local);
      text += `{${n}}${convertInline12(child.children, segmentId)}{/${n}}`;
    } else if (local === "x" || local === "ph") text += `{${placeholderOf(attributes.id, segmentId, local)}/}`;
    else if (local === "bx" || local === "bpt")
      text += `{${placeholderOf(attributes.rid ?? attributes.id, segmentId, local)}}`;
    else if (local === "ex" || local === "ept")
      text += `{/${placeholderOf(attributes.rid ?? attributes.id, segmentId, local)}}`;
    else if (local === "it") {
      const n = placeholderOf(attributes.rid ?? attributes.id, segmentId, local);
      text += attributes.pos === "close" ? `{/${n}}` : `{${n}}`;
    }
    // <mrk> and unknown elements keep their text.
    else text += convertInline12(child.children, segmentId);
  }
  return text;
}

// ---------------------------------------------------------------- shared

function placeholderOf(id: string | undefined, segmentId: number, element: string): string {
  const n = readPlaceholderNumber(id);
  if (n === null) {
    throw invalid(
      `Unit s${segmentId} has an inline <${element}> code with id "${id ?? ""}" that Retouche did not write.`,
    );
  }
  return n;
}

function collectText(element: XmlElement): string {
  return element.children.map((child) => ("text" in child ? child.text : collectText(child))).join("");
}
