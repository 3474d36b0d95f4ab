// What Retouche knows about one language, in one object (lib/languages/<code>.ts). Segmentation, language
// detection, alignment, date reading, QA and export read it; none of them keeps a word list of its own.

/** The space a punctuation mark takes before it: none, a no-break space (U+00A0) or a narrow one (U+202F). */
export type SpaceBefore = "none" | "nbsp" | "nnbsp";

/**
 * Which punctuation takes which space: the one table that the QA typography check enforces and the export
 * applies, so the two cannot disagree. Marks not listed are left alone.
 */
export type TypographyRules = {
  /** The space before each of ; : ! ? */
  spaceBefore: Partial<Record<";" | ":" | "!" | "?", SpaceBefore>>;
  /** The space inside « and », or null when guillemets take none. */
  insideGuillemets: "nbsp" | null;
  /** Questions and exclamations open with ¿ and ¡ (Spanish); advice only, the export cannot place them. */
  invertedMarks: boolean;
};

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

export type LanguageProfile = {
  /** ISO 639-1 code, lower case ("fr"). */
  code: string;
  /** English name, for messages. */
  name: string;
  /** What a region changes ("CA": Quebec typography); looked up from the tag ("fr-CA"). */
  regions?: Record<string, RegionalVariant>;

  /** The most frequent words: they tell the language of a text and often open a sentence. */
  stopwords: readonly string[];
  /** Frequent function words: tell a sentence left in the source language, and anchor glued-word splits. */
  functionWords: readonly string[];
  /**
   * Abbreviations with their final period (multi-word ones with single spaces, "p. ex."), by how the period
   * behaves: "prefix" never ends a sentence, "before-number" does not before a number ("No. 5"), "may-end"
   * ends one only before a sentence opener ("in the U.S. The"). "etc." and the like need no entry.
   */
  abbreviations: Partial<Record<AbbreviationKind, readonly string[]>>;
  /**
   * Abbreviations that end a sentence like any word ("etc.", "usw."): the segmenter needs no entry for them, but
   * QA must not take their period for punctuation the translator added.
   */
  endingAbbreviations: readonly string[];
  /** Periods after numbers are ordinals ("am 3. Oktober"), not sentence ends. */
  ordinalPeriods: boolean;

  /** Elided words written with an apostrophe and glued to the next word ("l'", "qu'"), lower case. */
  elisions: readonly string[];
  /** Pronouns attached to verbs ("compártala", "dígamelo"), longest first; the verb itself is then checked. */
  enclitics: readonly string[];
  /** Writes compounds as one word (German): unknown long words may be compounds of known ones. */
  compounds: boolean;
  /** Function words that are also prefixes ("en", "sur"): "enlistados" is a word, not "en listados". */
  prefixes: readonly string[];
  /** Single letters that are words by themselves; any other lone letter is a fragment. */
  oneLetterWords: readonly string[];
  /** Letters tried when looking for a near miss of an unknown word. */
  alphabet: string;
  /** Words that may legitimately appear twice in a row ("nous nous", "die die"). */
  allowedRepeats: readonly string[];
  /** A space inside an English contraction ("don' t") is a cut, not a word boundary. */
  contractions: boolean;
  /** Every noun is capitalised (German): a capital inside a sentence says nothing. */
  capitalisesNouns: boolean;

  /** Spelled-out numbers, lower case, with their value ("deux" 2). */
  numberWords: Readonly<Record<string, number>>;
  /**
   * Number words the aligner does not take as anchors: words that are also everyday words ("un", "one",
   * "second") and the ordinals and fractions its anchors never used.
   */
  numberWordsNotAnchors: readonly string[];
  /** Month names, January first, each with its spellings ("septiembre", "setiembre"). */
  months: readonly (readonly string[])[];
  /** Abbreviated month names without their period ("janv", "févr"), January first. */
  monthAbbreviations: readonly (readonly string[])[];
  /** Weekday names, Monday first. */
  weekdays: readonly (readonly string[])[];
  /** Month and weekday names are capitalised, so a lower-case "may" is not a month. */
  capitalisedDates: boolean;

  decimalMarks: readonly string[];
  groupSeparators: readonly string[];
  /** How a number is best written, for fixes. */
  preferredDecimalMark: string;
  preferredGroupSeparator: string;
  /** Numbers of four digits are written without a group separator ("2018", "1300"). */
  groupsFourDigits: boolean;

  /** Locale quotation marks that replace straight double quotes; null leaves straight quotes alone. */
  quotes: { open: string; close: string } | null;
  typography: TypographyRules;

  /** Characters of a translation from English per English character, for the aligner's length prior. */
  alignmentLengthRatio: number;
  /** Typical length of a translation from English relative to the English, for the QA length check. */
  lengthFromEnglish: number;

  /**
   * How machine-translation sites name themselves in a footer (case-insensitive regular expression sources),
   * the articles that may precede them ("une traduction automatique"), and the phrases by which a footer
   * speaks of its article ("cet article").
   */
  machineTranslation: { markers: readonly string[]; articles: readonly string[]; selfReferences: readonly string[] };
  /** The credits and provenance notes of a published page, in this language; English is used without them. */
  publicationLabels?: PublicationLabels;
};

export type RegionalVariant = Partial<Pick<LanguageProfile, "name" | "typography" | "quotes">>;

export type PublicationLabels = {
  statement: string;
  translators: string;
  reviewers: string;
  original: string;
  publishedOn: string;
};

export const NBSP = "\u00A0";
export const NNBSP = "\u202F";

/** The usual convention outside French: no space before ; : ! ? and none inside guillemets. */
export const NO_SPACE_BEFORE_MARKS: TypographyRules = {
  spaceBefore: { ";": "none", ":": "none", "!": "none", "?": "none" },
  insideGuillemets: null,
  invertedMarks: false,
};

/** Word lists are written as one string, several words a line, so that a profile stays readable. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Number words, as "word value" pairs in one string. */
export function numberWords(list: string): Record<string, number> {
  const values: Record<string, number> = {};
  const parts = words(list);
  for (let i = 0; i + 1 < parts.length; i += 2) values[parts[i]] = Number(parts[i + 1]);
  return values;
}

/** Names by position (months, weekdays), positions separated by "|", the spellings of one name by spaces. */
export function namesByPosition(list: string): string[][] {
  return list.split("|").map((position) => words(position));
}
