import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A minimal ordered XML tree for structural assertions in tests (independent of read-xliff.ts). */
export type XmlTree = { name: string; attributes: Record<string, string>; children: (XmlTree | string)[] };

export function readXmlTree(xml: string): XmlTree {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`invalid XML: ${JSON.stringify(validation.err)}`);
  const parsed = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
    parseTagValue: false,
    ignoreDeclaration: true,
    htmlEntities: true,
  }).parse(xml) as Record<string, unknown>[];
  const roots = convert(parsed).filter((node): node is XmlTree => typeof node !== "string");
  if (roots.length !== 1) throw new Error("expected one root element");
  return roots[0];
}

function convert(nodes: Record<string, unknown>[]): (XmlTree | string)[] {
  return nodes.map((node) => {
    const name = Object.keys(node).find((key) => key !== ":@") ?? "";
    if (name === "#text") return String(node[name]);
    return {
      name,
      attributes: (node[":@"] ?? {}) as Record<string, string>,
      children: convert(node[name] as Record<string, unknown>[]),
    };
  });
}

export function childrenNamed(node: XmlTree, name?: string): XmlTree[] {
  return node.children.filter(
    (child): child is XmlTree => typeof child !== "string" && (name === undefined || child.name === name),
  );
}

export function descendantsNamed(node: XmlTree, name: string): XmlTree[] {
  const found: XmlTree[] = [];
  for (const child of childrenNamed(node)) {
    if (child.name === name) found.push(child);
    found.push(...descendantsNamed(child, name));
  }
  return found;
}

/** Names of the element children, in order, separated by spaces (to match content models with a regex). */
export function childSequence(node: XmlTree): string {
  return childrenNamed(node)
    .map((child) => child.name)
    .join(" ");
}

export function textOf(node: XmlTree): string {
  return node.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
}

/** xs:NMTOKEN. */
export const NMTOKEN = /^[\p{L}\p{N}._:\-\u00B7]+$/u;
