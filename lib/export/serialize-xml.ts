import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

/**
 * Serialization shared by the XLIFF and TMX writers. xmlbuilder2's pretty printer also indents
 * mixed content, which would add spaces inside <source>/<target>/<seg>; so documents are built
 * flat and only the elements listed as structural (element-only content) get line breaks here.
 */

type XmlNode = XMLBuilder["node"];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// XML 1.0 `Char`: anything else (C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear in a
// document at all, not even as a character reference.
const XML_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Splits text into XML-safe strings and the code points of characters XML cannot carry (for XLIFF 2 <cp>). */
export function splitXmlUnsafe(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const match of text.matchAll(XML_UNSAFE)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(match[0].codePointAt(0) ?? 0);
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Removes the characters XML cannot carry (formats without an escape for them: XLIFF 1.2, TMX). */
export function dropXmlUnsafe(text: string): string {
  return text.replace(XML_UNSAFE, "");
}

// xmlbuilder2 leaves "&" unescaped when it looks like an entity ("&amp;", "&x;", "&#65;": its
// nonEntityAmpersandRegex, oozcitak/xmlbuilder2#117), so literal text such as "&amp;" would be read
// back as "&" and "&x;" would make the file invalid. Escaping exactly those "&" beforehand gives
// the serializer a real entity to keep.
const ENTITY_LOOKALIKE = /&(?=[A-Za-z]+;|#\d+;)/g;

/** The document as a string: XML declaration, structural elements indented, mixed content untouched. */
export function serializeXml(root: XMLBuilder, structural: ReadonlySet<string>): string {
  protectAmpersands(root.node);
  indentStructure(root.node, structural, 0);
  const xml = root.end({ headless: true, prettyPrint: false });
  // Parsers turn a literal CR into LF; only a character reference survives. xmlbuilder2 writes CR
  // raw, and every CR in the output comes from text or attribute values (our layout uses LF only).
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.replace(/\r/g, "&#xD;")}\n`;
}

function protectAmpersands(node: XmlNode): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node as XmlNode & { data: string };
    text.data = text.data.replace(ENTITY_LOOKALIKE, "&amp;");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  for (const attribute of Array.from((node as XmlNode & { attributes: Iterable<{ value: string }> }).attributes)) {
    attribute.value = attribute.value.replace(ENTITY_LOOKALIKE, "&amp;");
  }
  for (const child of Array.from(node.childNodes)) if (child) protectAmpersands(child);
}

function indentStructure(node: XmlNode, structural: ReadonlySet<string>, depth: number): void {
  if (node.nodeType !== ELEMENT_NODE || !structural.has(node.nodeName)) return;
  const children = Array.from(node.childNodes).filter((child): child is XmlNode => child !== undefined);
  const hasText = children.some((child) => child.nodeType === TEXT_NODE && (child.textContent ?? "").trim() !== "");
  if (hasText || !children.some((child) => child.nodeType === ELEMENT_NODE)) return;
  const document = node.ownerDocument;
  if (!document) return;
  for (const child of children) {
    node.insertBefore(document.createTextNode(`\n${"  ".repeat(depth + 1)}`), child);
    indentStructure(child, structural, depth + 1);
  }
  node.appendChild(document.createTextNode(`\n${"  ".repeat(depth)}`));
}
