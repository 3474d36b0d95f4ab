// The contract of the quality-checks engine. Pure data and signatures: no I/O here.

export type Severity = "error" | "warning";

export type Finding = {
  check: string;
  severity: Severity;
  /** UTF-16 offsets in the target text; `end` is exclusive. */
  start: number;
  end: number;
  message: string;
  /** Replacement for target.slice(start, end), or null when there is no safe automatic fix. */
  fix: string | null;
};

/**
 * What a language's dictionary knows about single words, injected so that lib/qa stays free of I/O. The one the
 * app uses is Hunspell's (lib/server/infrastructure/load-spellers.ts: `await loadSpeller("fr")`); every method is
 * synchronous once it is loaded. Words are passed as written (case, apostrophes); an empty word is unknown.
 */
export interface Speller {
  /** Spelled right by the dictionary's rules: affixes, compounds, case ("Reconnaissances" is fine). */
  correct(word: string): boolean;
  /** Corrections, best first; [] when there is none (or the word is correct). Slow: milliseconds per word. */
  suggest(word: string): string[];
  /**
   * The dictionary forms a word is inflected from, without duplicates: "reconnaissances" → ["reconnaissance"],
   * "organisées" → ["organiser"], "Häuser" → ["häuser", "haus", "Haus"]. [] for an unknown word and for a
   * compound accepted without a listed stem (German "Gesichtserkennung").
   */
  stem(word: string): string[];
  /** One reading per way the dictionary derives the word; [] for an unknown word. */
  analyze(word: string): WordAnalysis[];
}

/** One reading of a word (Hunspell's morphological analysis). */
export type WordAnalysis = {
  /** The dictionary form of this reading ("reconnaissance"), or "" when the dictionary names none. */
  stem: string;
  /** Pieces the dictionary strips in front before the stem: the elided "qu'" of "qu'il", the "re" of "recognition". */
  morphemes: string[];
  /** Every field in order, by its two-letter code: st (stem), fl (affix flag), po (part of speech), is … */
  fields: { code: string; value: string }[];
  /** Hunspell's own text for the reading, e.g. " st:reconnaissance fl:S.". */
  description: string;
};

export type PostContext = { segments: { id: string; sourceText: string; targetText: string }[] };

export type CheckContext = {
  sourceLang: string;
  targetLang: string;
  spellers: { source?: Speller; target?: Speller };
  post?: PostContext;
};

export type Check = {
  id: string;
  name: string;
  severity: Severity;
  run(source: string, target: string, ctx: CheckContext & { segmentId?: string }): Finding[];
};
