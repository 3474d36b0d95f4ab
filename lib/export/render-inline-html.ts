import type { InlineTag } from "@/lib/ingest/types";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import { escapeHtmlAttribute, escapeHtmlText } from "./escape-html";
import { IMAGE_SCHEMES, LINK_SCHEMES, pickSafeUrl } from "./pick-safe-url";
import { typesetInlineTree } from "./typeset-inline-tree";

/**
 * Rebuilds the inline HTML of one block from its placeholder text and tag table. This output is
 * published as is, so it is an allow-list: only the elements and attributes below, every attribute
 * value checked then escaped, every text escaped. A placeholder whose tag is unknown, unsafe or
 * unbalanced disappears and its text stays.
 */

type AttributeCheck = (value: string) => string | null;

const keepText: AttributeCheck = (value) => (value.trim() === "" ? null : value);
const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;

const ATTRIBUTE_CHECKS: Record<string, AttributeCheck> = {
  href: (value) => pickSafeUrl(value, LINK_SCHEMES),
  src: (value) => pickSafeUrl(value, IMAGE_SCHEMES),
  title: keepText,
  alt: (value) => value,
  lang: (value) => (LANGUAGE_TAG.test(value) ? value : null),
  dir: (value) => (value === "ltr" || value === "rtl" || value === "auto" ? value : null),
};

type ElementRule = { attributes: readonly string[]; required?: string; void?: boolean };

// The inline elements ingest keeps (lib/ingest/html-to-blocks.ts). A link without a safe href, an
// image without a safe src or a span without lang/dir is dropped (its text stays).
const ELEMENT_RULES = new Map<string, ElementRule>([
  ["a", { attributes: ["href", "title"], required: "href" }],
  ["em", { attributes: [] }],
  ["strong", { attributes: [] }],
  ["i", { attributes: [] }],
  ["b", { attributes: [] }],
  ["code", { attributes: [] }],
  ["sup", { attributes: [] }],
  ["sub", { attributes: [] }],
  ["s", { attributes: [] }],
  ["del", { attributes: [] }],
  ["ins", { attributes: [] }],
  ["u", { attributes: [] }],
  ["mark", { attributes: [] }],
  ["small", { attributes: [] }],
  ["abbr", { attributes: ["title"] }],
  ["q", { attributes: [] }],
  ["cite", { attributes: [] }],
  ["kbd", { attributes: [] }],
  ["var", { attributes: [] }],
  ["samp", { attributes: [] }],
  ["span", { attributes: ["lang", "dir"], required: "lang|dir" }],
  ["img", { attributes: ["src", "alt", "title"], required: "src", void: true }],
  ["br", { attributes: [], void: true }],
]);

/** Inline HTML for placeholder text, with typography for `lang`. */
export function renderInlineHtml(text: string, tags: Record<string, InlineTag>, lang: string): string {
  return renderNodes(typesetInlineTree(buildInlineTree(text), tags, lang), tags);
}

function renderNodes(nodes: readonly InlineNode[], tags: Record<string, InlineTag>): string {
  let html = "";
  for (const node of nodes) {
    if (node.type === "text") html += escapeHtmlText(node.value);
    else if (node.type === "pair") {
      const inner = renderNodes(node.children, tags);
      const element = describeElement(tags, node.id, false);
      html += element ? `<${element.name}${element.attributes}>${inner}</${element.name}>` : inner;
    } else if (node.type === "self") {
      const element = describeElement(tags, node.id, true);
      if (element) html += `<${element.name}${element.attributes}>`;
    }
    // start/end halves cannot become well-formed HTML: dropped, their text is rendered around them.
  }
  return html;
}

/** The element name and its serialized, checked attributes; null when the tag may not be rendered here. */
function describeElement(
  tags: Record<string, InlineTag>,
  id: string,
  selfClosing: boolean,
): { name: string; attributes: string } | null {
  if (!Object.hasOwn(tags, id)) return null;
  const tag = tags[id];
  const name = String(tag.name).toLowerCase();
  const rule = ELEMENT_RULES.get(name);
  // A void element used as a pair (or the reverse) means the text and the table disagree.
  if (!rule || Boolean(rule.void) !== selfClosing) return null;
  const kept: [string, string][] = [];
  for (const attribute of rule.attributes) {
    const raw = Object.hasOwn(tag.attrs, attribute) ? tag.attrs[attribute] : undefined;
    if (typeof raw !== "string") continue;
    const value = ATTRIBUTE_CHECKS[attribute](raw);
    if (value !== null) kept.push([attribute, value]);
  }
  if (rule.required && !rule.required.split("|").some((attribute) => kept.some(([name]) => name === attribute))) {
    return null;
  }
  return {
    name,
    attributes: kept.map(([attribute, value]) => ` ${attribute}="${escapeHtmlAttribute(value)}"`).join(""),
  };
}
