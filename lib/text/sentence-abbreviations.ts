import { getBaseLanguage, isSupportedLanguage, type SupportedLanguage } from "./base-language";

/**
 * How a period after an abbreviation behaves:
 * - "prefix": never ends a sentence (titles, "e.g.", "z. B."), something always follows.
 * - "before-number": not an end when a number follows ("No. 5", "Nr. 3"), an ordinary period otherwise.
 * - "may-end": often mid-sentence ("U.S. Congress") but also final ("in the U.S. The"), so it only ends a
 *   sentence when the next word is a common sentence opener (a stopword).
 * Words like "etc.", "usw.", "ecc." need no entry: they end a sentence before a capital and not before a
 * lowercase word, which is the default behaviour of a period.
 */
export type AbbreviationKind = "prefix" | "before-number" | "may-end";

type AbbreviationTable = Partial<Record<AbbreviationKind, string[]>>;

// Multi-word abbreviations are written with single spaces ("p. ex."); lookups join tokens the same way.
const COMMON: AbbreviationTable = {
  prefix: ["Dr.", "Prof.", "cf.", "vs.", "e.g.", "i.e.", "ca."],
};

const BY_LANGUAGE: Record<SupportedLanguage, AbbreviationTable> = {
  en: {
    prefix: [
      "Mr.",
      "Mrs.",
      "Ms.",
      "Messrs.",
      "Sen.",
      "Rep.",
      "Gov.",
      "Gen.",
      "Lt.",
      "Col.",
      "Capt.",
      "Sgt.",
      "St.",
      "Rev.",
      "Hon.",
      "Mt.",
      "v.",
      "approx.",
      "Pres.",
    ],
    "before-number": [
      "No.",
      "Nos.",
      "Jan.",
      "Feb.",
      "Mar.",
      "Apr.",
      "Jun.",
      "Jul.",
      "Aug.",
      "Sep.",
      "Sept.",
      "Oct.",
      "Nov.",
      "Dec.",
      "Fig.",
      "p.",
      "pp.",
      "Vol.",
      "vol.",
      "Art.",
      "Sec.",
      "Ch.",
      "ch.",
    ],
    "may-end": ["U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "Ph.D.", "a.m.", "p.m."],
  },
  fr: {
    prefix: ["M.", "MM.", "Mme.", "Mlle.", "Pr.", "p. ex.", "par ex.", "env.", "c.-à-d.", "av.", "apr.", "St."],
    "before-number": [
      "p.",
      "vol.",
      "art.",
      "chap.",
      "fig.",
      "janv.",
      "févr.",
      "avr.",
      "juil.",
      "sept.",
      "oct.",
      "nov.",
      "déc.",
    ],
    "may-end": ["av. J.-C.", "apr. J.-C."],
  },
  es: {
    prefix: [
      "Sr.",
      "Sra.",
      "Srta.",
      "Dra.",
      "Ud.",
      "Uds.",
      "Vd.",
      "Vds.",
      "p. ej.",
      "ej.",
      "aprox.",
      "Lic.",
      "Ing.",
      "Excmo.",
      "Sto.",
      "Sta.",
    ],
    "before-number": ["núm.", "pág.", "art.", "vol.", "cap."],
    "may-end": ["EE. UU.", "EE.UU.", "S.A.", "a. C.", "d. C."],
  },
  de: {
    prefix: [
      "z. B.",
      "d. h.",
      "u. a.",
      "bzw.",
      "Hr.",
      "Fr.",
      "vgl.",
      "sog.",
      "evtl.",
      "ggf.",
      "inkl.",
      "Mio.",
      "Mrd.",
      "St.",
      "z. T.",
      "u. U.",
      "o. Ä.",
    ],
    "before-number": [
      "Nr.",
      "S.",
      "Abs.",
      "Art.",
      "Bd.",
      "Jan.",
      "Feb.",
      "Apr.",
      "Aug.",
      "Sept.",
      "Okt.",
      "Nov.",
      "Dez.",
    ],
    "may-end": ["v. Chr.", "n. Chr.", "e. V."],
  },
  it: {
    prefix: ["Sig.", "Sigg.", "Dott.", "Avv.", "Ing.", "On.", "p. es.", "es.", "cfr."],
    "before-number": ["n.", "pag.", "art.", "vol."],
    "may-end": ["a.C.", "d.C.", "S.p.A."],
  },
  pt: {
    prefix: ["Sr.", "Sra.", "Srta.", "Dra.", "p. ex.", "ex.", "V. Exa.", "Exmo.", "Exma."],
    "before-number": ["n.", "pág.", "art.", "vol."],
    "may-end": ["a.C.", "d.C.", "Ltda.", "S.A."],
  },
};

const tableCache = new Map<string, ReadonlyMap<string, AbbreviationKind>>();

/** Abbreviations (with their final period, multi-word ones space-joined) for a language; unknown ones get COMMON. */
export function getAbbreviations(lang: string): ReadonlyMap<string, AbbreviationKind> {
  const base = getBaseLanguage(lang);
  const key = isSupportedLanguage(base) ? base : "";
  let table = tableCache.get(key);
  if (!table) {
    table = buildTable(isSupportedLanguage(base) ? [COMMON, BY_LANGUAGE[base]] : [COMMON]);
    tableCache.set(key, table);
  }
  return table;
}

function buildTable(tables: AbbreviationTable[]): ReadonlyMap<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const table of tables) {
    for (const [kind, abbreviations] of Object.entries(table) as [AbbreviationKind, string[]][]) {
      for (const abbreviation of abbreviations) map.set(abbreviation, kind);
    }
  }
  return map;
}
