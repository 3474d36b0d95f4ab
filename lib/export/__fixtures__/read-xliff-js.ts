import type { XliffJs, XliffUnitJs, XliffValue } from "xliff";
import { escapePlaceholderText } from "@/lib/text/placeholders";

/**
 * Turns what the independent `xliff` package read (strings and { ElementType: { id, contents } }
 * objects) into our placeholder syntax, so tests can compare it with the segments we wrote.
 */
export function convertXliffValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return escapePlaceholderText(value);
  if (Array.isArray(value)) return value.map(convertXliffValue).join("");
  const [type, element] = Object.entries(
    value as Record<string, { id?: string; rid?: string; startRef?: string; contents?: XliffValue }>,
  )[0];
  const id = String(element.rid ?? element.startRef ?? element.id ?? "?").replace(/-\d+$/, "");
  switch (type) {
    case "Span":
    case "GenericSpan":
      return `{${id}}${convertXliffValue(element.contents)}{/${id}}`;
    case "Standalone":
      return `{${id}/}`;
    case "SpanStart":
    case "GenericSpanStart":
      return `{${id}}`;
    case "SpanEnd":
    case "GenericSpanEnd":
      return `{/${id}}`;
    default:
      return `[${type}]`;
  }
}

/** Every unit of every file, groups flattened, keyed by unit id (with the group it was in). */
export function flattenXliffUnits(js: XliffJs): Map<string, XliffUnitJs & { group: string | null }> {
  const units = new Map<string, XliffUnitJs & { group: string | null }>();
  const visit = (entries: Record<string, XliffUnitJs>, group: string | null) => {
    for (const [id, unit] of Object.entries(entries)) {
      if (unit.groupUnits) visit(unit.groupUnits, id);
      else units.set(id, { ...unit, group });
    }
  };
  for (const file of Object.values(js.resources)) visit(file, null);
  return units;
}
