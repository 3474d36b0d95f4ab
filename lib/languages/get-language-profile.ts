import type { LanguageProfile } from "./language-profile";
import { LANGUAGE_PROFILES } from "./profiles";

/** "fr-CA", "pt_BR", "EN" -> "fr", "pt", "en": the profile a tag falls back to. */
export function baseLanguage(lang: string): string {
  const separator = lang.search(/[-_]/);
  return (separator === -1 ? lang : lang.slice(0, separator)).trim().toLowerCase();
}

/** "fr-CA" -> "CA"; "" when the tag names no region. */
function regionOf(lang: string): string {
  const parts = lang.trim().split(/[-_]/);
  return parts.find((part, index) => index > 0 && /^[A-Za-z]{2}$|^\d{3}$/.test(part))?.toUpperCase() ?? "";
}

const BY_CODE = new Map(LANGUAGE_PROFILES.map((profile) => [profile.code, profile]));

/** The codes of the languages with a profile, in the order of lib/languages/profiles.ts. */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGUAGE_PROFILES.map((profile) => profile.code);

/** The profile for a code with a profile of its own ("fr"), else undefined; regions are not applied. */
export function findLanguageProfile(lang: string | undefined): LanguageProfile | undefined {
  return lang === undefined ? undefined : BY_CODE.get(baseLanguage(lang));
}

export function isSupportedLanguage(lang: string | undefined): boolean {
  return findLanguageProfile(lang) !== undefined;
}

const ENGLISH_FALLBACK = BY_CODE.get("en") as LanguageProfile;

/**
 * What is safe to assume of a language we have no profile for: no words, no typography, either decimal mark and
 * any usual group separator, so that the language-specific rules stay silent.
 */
function neutralProfile(lang: string): LanguageProfile {
  return {
    ...ENGLISH_FALLBACK,
    code: baseLanguage(lang),
    name: lang,
    regions: undefined,
    stopwords: [],
    functionWords: [],
    abbreviations: {},
    endingAbbreviations: [],
    prefixes: [],
    oneLetterWords: [],
    allowedRepeats: [],
    contractions: false,
    numberWords: {},
    numberWordsNotAnchors: [],
    months: [],
    monthAbbreviations: [],
    weekdays: [],
    decimalMarks: [".", ","],
    groupSeparators: [",", ".", " ", "\u00A0", "\u202F"],
    quotes: null,
    typography: { spaceBefore: {}, insideGuillemets: null, invertedMarks: false },
    machineTranslation: { markers: [], articles: [], selfReferences: [] },
    publicationLabels: undefined,
  };
}

const resolved = new Map<string, LanguageProfile>();

/**
 * The profile of a BCP 47 tag: "fr", "FR" and "fr-FR" give the French profile, "fr-CA" the French profile with
 * Quebec typography; a language without a profile gets a neutral one.
 */
export function getLanguageProfile(lang: string): LanguageProfile {
  let profile = resolved.get(lang);
  if (!profile) {
    const base = BY_CODE.get(baseLanguage(lang));
    const variant = base?.regions?.[regionOf(lang)];
    profile = base ? (variant ? { ...base, ...variant } : base) : neutralProfile(lang);
    resolved.set(lang, profile);
  }
  return profile;
}
export type { LanguageProfile } from "./language-profile";
