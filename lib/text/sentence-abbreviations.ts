import { findLanguageProfile } from "@/lib/languages/get-language-profile";
import type { AbbreviationKind } from "@/lib/languages/language-profile";
import { LANGUAGE_PROFILES } from "@/lib/languages/profiles";

export type { AbbreviationKind };

type AbbreviationTable = Partial<Record<AbbreviationKind, readonly string[]>>;

// Abbreviations of every language (Latin and international); each language profile adds its own
// (lib/languages, "abbreviations"). Multi-word ones are written with single spaces ("p. ex."); lookups join tokens
// the same way.
const COMMON: AbbreviationTable = {
  prefix: ["Dr.", "Prof.", "cf.", "vs.", "e.g.", "i.e.", "ca."],
};

const tableCache = new Map<string, ReadonlyMap<string, AbbreviationKind>>();

/** Abbreviations (with their final period, multi-word ones space-joined) for a language; unknown ones get COMMON. */
export function getAbbreviations(lang: string): ReadonlyMap<string, AbbreviationKind> {
  const profile = findLanguageProfile(lang);
  const key = profile?.code ?? "";
  let table = tableCache.get(key);
  if (!table) {
    table = buildTable(profile ? [COMMON, profile.abbreviations] : [COMMON]);
    tableCache.set(key, table);
  }
  return table;
}

function buildTable(tables: AbbreviationTable[]): ReadonlyMap<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const table of tables) {
    for (const [kind, abbreviations] of Object.entries(table) as [AbbreviationKind, readonly string[]][]) {
      for (const abbreviation of abbreviations) map.set(abbreviation, kind);
    }
  }
  return map;
}

/**
 * Every abbreviation of every language, with its final period ("z. B.", "etc."), for checks that read text of
 * either side and cannot trust its language (QA's final-punctuation and sentence heuristics).
 */
export function listAllAbbreviations(): string[] {
  const all = new Set<string>(Object.values(COMMON).flat());
  for (const profile of LANGUAGE_PROFILES) {
    for (const list of Object.values(profile.abbreviations)) for (const abbreviation of list) all.add(abbreviation);
    for (const abbreviation of profile.endingAbbreviations) all.add(abbreviation);
  }
  return [...all];
}

/**
 * A pattern source matching any abbreviation of `listAllAbbreviations()` without its final period ("z. B",
 * "etc"), not preceded by a letter or digit; for patterns anchored where the period stands.
 */
export function allAbbreviationsPatternSource(): string {
  const bodies = listAllAbbreviations()
    .map((abbreviation) => abbreviation.replace(/\.$/, ""))
    .sort((a, b) => b.length - a.length)
    .map((body) => body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `(?<![\\p{L}\\p{N}])(?:${bodies.join("|")})`;
}
