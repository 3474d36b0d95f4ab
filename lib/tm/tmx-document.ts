// A TMX 1.4b document as Retouche reads and writes it. Segment text uses the placeholder syntax of
// lib/ingest/placeholders ({1}…{/1}, {2/}, "{{" for a literal brace); each placeholder's native code (the
// original markup TMX carries in <bpt>, <ept>, <ph>, <it>) is kept beside the text, so nothing is lost
// between reading a file and writing it again.

/** `<prop type="…">value</prop>`; `lang` is its xml:lang when it has one. */
export type TmxProp = { type: string; value: string; lang?: string };

/**
 * The native code behind a placeholder:
 * - `pair`: <bpt>/<ept> — `{n}…{/n}`, `open` and `close` are their contents;
 * - `highlight`: <hi> — `{n}…{/n}` with no native code;
 * - `standalone`: <ph> (and the deprecated <ut>) — `{n/}`, `open` is its content;
 * - `isolated-begin` / `isolated-end`: <it pos="begin|end"> — `{n/}`, a half whose partner is outside the
 *   segment, `open` is its content.
 * `type` is the element's type attribute (TMX's "bold", "link"…), when it has one. A <sub> inside a code
 * is kept as its text within the code.
 */
export type TmxCode = {
  kind: "pair" | "highlight" | "standalone" | "isolated-begin" | "isolated-end";
  open: string;
  close: string;
  type?: string;
};

/** One language of a unit (<tuv>). `attributes` holds every attribute as written but xml:lang. */
export type TmxVariant = {
  lang: string;
  text: string;
  codes: Record<string, TmxCode>;
  attributes: Record<string, string>;
  notes: string[];
  props: TmxProp[];
};

/**
 * A translation unit (<tu>). `attributes` holds every attribute as written (tuid, creationdate, creationid,
 * changedate, changeid, usagecount, lastusagedate, srclang, datatype, o-tmf…); read dates with readTmxDate().
 */
export type TmxUnit = {
  attributes: Record<string, string>;
  notes: string[];
  props: TmxProp[];
  variants: TmxVariant[];
};

/** The <header>: creationtool, creationtoolversion, segtype, o-tmf, adminlang, srclang, datatype, dates… */
export type TmxHeader = { attributes: Record<string, string>; notes: string[]; props: TmxProp[] };

export type TmxDocument = { header: TmxHeader; units: TmxUnit[] };

/** The attributes TMX 1.4b requires on <header>. */
export const REQUIRED_HEADER_ATTRIBUTES = [
  "creationtool",
  "creationtoolversion",
  "segtype",
  "o-tmf",
  "adminlang",
  "srclang",
  "datatype",
] as const;

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
// Tools that do not follow the spec write ISO 8601 ("2020-07-01T10:00:00Z"); read those too
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A TMX date ("20200701T100000Z", UTC) as an ISO string, or null when it is not a date. */
export function readTmxDate(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const match = TMX_DATE.exec(trimmed);
  const date = match
    ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6]))
    : ISO_DATE.test(trimmed)
      ? new Date(trimmed)
      : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  // Date.UTC rolls "20201340T…" over into another month: refuse what does not read back the same
  if (match && formatTmxDate(date) !== trimmed) return null;
  return date.toISOString();
}

/** An instant as a TMX date: "YYYYMMDDThhmmssZ" (UTC). */
export function formatTmxDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
