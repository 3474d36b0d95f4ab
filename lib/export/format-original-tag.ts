import type { InlineTag } from "@/lib/ingest/types";
import { escapeHtmlAttribute } from "./escape-html";

/**
 * The source markup of an inline tag, as XLIFF <data> and TMX <bpt>/<ept>/<ph> record it (as text:
 * the XML writer escapes it again). This documents the original; it is never rendered.
 */
export function formatOpeningTag(tag: InlineTag): string {
  const name = sanitizeName(tag.name);
  const attributes = Object.entries(tag.attrs)
    .filter(([attribute]) => /^[a-z][a-z0-9-]*$/i.test(attribute))
    .map(([attribute, value]) => ` ${attribute}="${escapeHtmlAttribute(String(value))}"`)
    .join("");
  return `<${name}${attributes}>`;
}

export function formatClosingTag(tag: InlineTag): string {
  return `</${sanitizeName(tag.name)}>`;
}

function sanitizeName(name: string): string {
  const clean = String(name)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "");
  return clean === "" ? "span" : clean;
}
