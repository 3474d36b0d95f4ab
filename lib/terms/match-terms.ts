// Finding termbase terms in segments, inflected as the grammar wants: source terms in a source segment
// ("face recognition programs", "Congress's"), preferred and forbidden translations in a target segment
// ("reconnaissances faciales", "la surveillance des visages"). Words are compared by spelling and by their
// dictionary stems (an injected Stemmer: Hunspell in the app, tables in the tests), articles by class
// (term-forms.ts). The termbase is indexed once; a segment then costs one look-up per word.

import { readTermWords } from "./read-term-words";
import { NO_STEMMER, type Stemmer } from "./stemmer";
import { defaultCaseSensitivity, type TermEntry } from "./term-entry";
import { expandWord, indexKeys, isFormOf, lookupKeys, type WordForms } from "./term-forms";

/** A compared position of a text: its forms, and the characters it covers. */
type Position = { forms: WordForms; start: number; end: number; written: string; wordIndex: number };

type Pattern = { positions: Position[]; caseSensitive: boolean };

export type TermIndex = {
  readonly entries: readonly TermEntry[];
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Each language's words read once: their forms (stems, classes) by the word as written. */
  readonly sourceWords: WordReader;
  readonly targetWords: WordReader;
  /** Source patterns by the forms of their first two positions (see patternKeys). */
  readonly bySourceForm: ReadonlyMap<string, SourcePattern[]>;
  /** Every entry's target patterns, indexed the same way. */
  readonly byTargetForm: ReadonlyMap<string, TargetPattern[]>;
};

type WordReader = { lang: string; expand(word: string): WordForms[] };

type SourcePattern = { entry: number; pattern: Pattern };
/** `order` is the translation's place in the entry's list of its kind. */
type TargetPattern = { entry: number; kind: "preferred" | "forbidden"; term: string; order: number; pattern: Pattern };

export type TermIndexOptions = {
  sourceLang: string;
  targetLang: string;
  sourceStemmer?: Stemmer;
  targetStemmer?: Stemmer;
};

/** Where a text says a term. Offsets are UTF-16, `end` exclusive. */
export type TermMatch = { start: number; end: number; text: string };

export type SourceTermMatch = TermMatch & { entry: TermEntry; entryIndex: number };

export type TargetTermMatch = TermMatch & { kind: "preferred" | "forbidden"; term: string };

export type AnyTargetTermMatch = TargetTermMatch & { entry: TermEntry; entryIndex: number };

export function buildTermIndex(entries: readonly TermEntry[], options: TermIndexOptions): TermIndex {
  const sourceWords = createWordReader(options.sourceLang, options.sourceStemmer ?? NO_STEMMER);
  const targetWords = createWordReader(options.targetLang, options.targetStemmer ?? NO_STEMMER);
  const bySourceForm = new Map<string, SourcePattern[]>();
  entries.forEach((entry, index) => {
    const pattern = toPattern(entry.source, sourceWords, entry.caseSensitive);
    addPattern(bySourceForm, pattern, { entry: index, pattern });
  });
  // A translation's own capitals decide its case-sensitivity ("Congrès" yes, "premier amendement" no)
  const targetPattern = (term: string, entry: TermEntry) =>
    toPattern(term, targetWords, entry.caseSensitive && defaultCaseSensitivity(term));
  const targetPatterns = entries.map((entry) => ({
    preferred: entry.targets.map((term) => targetPattern(term, entry)),
    forbidden: entry.forbidden.map((term) => targetPattern(term, entry)),
  }));
  const byTargetForm = new Map<string, TargetPattern[]>();
  targetPatterns.forEach((patterns, entry) => {
    patterns.preferred.forEach((pattern, k) => {
      addPattern(byTargetForm, pattern, {
        entry,
        kind: "preferred",
        term: entries[entry].targets[k],
        order: k,
        pattern,
      });
    });
    patterns.forbidden.forEach((pattern, k) => {
      addPattern(byTargetForm, pattern, {
        entry,
        kind: "forbidden",
        term: entries[entry].forbidden[k],
        order: k,
        pattern,
      });
    });
  });
  return {
    entries,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    sourceWords,
    targetWords,
    bySourceForm,
    byTargetForm,
  };
}

/**
 * The termbase's source terms in a source segment, leftmost first; where two overlap, the longer wins
 * ("face recognition technology" before "face recognition"), then the earlier entry.
 */
export function findSourceTerms(index: TermIndex, sourceText: string): SourceTermMatch[] {
  const positions = readPositions(sourceText, index.sourceWords);
  const found: { at: number; length: number; entry: number }[] = [];
  positions.forEach((_, at) => {
    for (const candidate of candidatesAt(index.bySourceForm, positions, at)) {
      if (matchesAt(candidate.pattern, positions, at)) {
        found.push({ at, length: candidate.pattern.positions.length, entry: candidate.entry });
      }
    }
  });
  found.sort((a, b) => a.at - b.at || b.length - a.length || a.entry - b.entry);
  const matches: SourceTermMatch[] = [];
  let freeFrom = 0;
  for (const match of found) {
    if (match.at < freeFrom) continue;
    freeFrom = match.at + match.length;
    const start = positions[match.at].start;
    const end = positions[match.at + match.length - 1].end;
    matches.push({
      start,
      end,
      text: sourceText.slice(start, end),
      entry: index.entries[match.entry],
      entryIndex: match.entry,
    });
  }
  return matches;
}

/**
 * Every termbase translation (preferred or forbidden, of any entry) in a target segment, whatever its source
 * says: for highlighting, and for a forbidden term used anywhere. Leftmost first; the longer of overlapping
 * matches wins ("mandat de perquisition" before "mandat").
 */
export function findAllTargetTerms(index: TermIndex, targetText: string): AnyTargetTermMatch[] {
  const positions = readPositions(targetText, index.targetWords);
  const found: { at: number; length: number; item: TargetPattern }[] = [];
  positions.forEach((_, at) => {
    for (const item of candidatesAt(index.byTargetForm, positions, at)) {
      if (matchesAt(item.pattern, positions, at)) found.push({ at, length: item.pattern.positions.length, item });
    }
  });
  found.sort((a, b) => a.at - b.at || b.length - a.length || a.item.entry - b.item.entry);
  const matches: AnyTargetTermMatch[] = [];
  let freeFrom = 0;
  for (const { at, length, item } of found) {
    if (at < freeFrom) continue;
    freeFrom = at + length;
    const start = positions[at].start;
    const end = positions[at + length - 1].end;
    matches.push({
      start,
      end,
      text: targetText.slice(start, end),
      kind: item.kind,
      term: item.term,
      entry: index.entries[item.entry],
      entryIndex: item.entry,
    });
  }
  return matches;
}

/** The preferred and forbidden translations of one entry in a target segment, in text order. */
export function findTargetTerms(index: TermIndex, entryIndex: number, targetText: string): TargetTermMatch[] {
  return findTargetTermsForEntries(index, [entryIndex], targetText).get(entryIndex) ?? [];
}

/** The same, for several entries over one target text (it is read once). */
export function findTargetTermsForEntries(
  index: TermIndex,
  entryIndexes: readonly number[],
  targetText: string,
): Map<number, TargetTermMatch[]> {
  const positions = readPositions(targetText, index.targetWords);
  const wanted = new Set(entryIndexes);
  const raw = new Map<number, { at: number; item: TargetPattern }[]>(entryIndexes.map((entry) => [entry, []]));
  positions.forEach((_, at) => {
    for (const item of candidatesAt(index.byTargetForm, positions, at)) {
      if (wanted.has(item.entry) && matchesAt(item.pattern, positions, at)) raw.get(item.entry)?.push({ at, item });
    }
  });
  const result = new Map<number, TargetTermMatch[]>();
  for (const [entry, found] of raw) result.set(entry, settleEntryMatches(found, positions, targetText));
  return result;
}

/**
 * One entry's matches in a target: preferred translations first, each in the entry's order; the same characters
 * counted once per kind (a contraction stands for two positions, so they can start two matches); where a
 * forbidden translation contains a preferred one, or the other way round, the longer of the two.
 */
function settleEntryMatches(
  found: { at: number; item: TargetPattern }[],
  positions: Position[],
  targetText: string,
): TargetTermMatch[] {
  found.sort(
    (a, b) =>
      Number(a.item.kind === "forbidden") - Number(b.item.kind === "forbidden") ||
      a.item.order - b.item.order ||
      a.at - b.at,
  );
  const matches: TargetTermMatch[] = [];
  for (const { at, item } of found) {
    const start = positions[at].start;
    const end = positions[at + item.pattern.positions.length - 1].end;
    if (matches.some((other) => other.start < end && start < other.end && other.kind === item.kind)) continue;
    matches.push({ start, end, text: targetText.slice(start, end), kind: item.kind, term: item.term });
  }
  const kept = matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  );
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Patterns are indexed under their first two positions' forms (one position for one-word terms): in a
// termbase of thousands, many terms start with the same word ("data broker", "data retention"…), and the
// pair narrows the candidates to the few worth checking. isFormOf() implies a shared key (term-forms.ts).
const PAIR = "\u0001";

function addPattern<T>(map: Map<string, T[]>, pattern: Pattern, item: T): void {
  const [first, second] = pattern.positions;
  if (!first) return;
  const keys = second
    ? indexKeys(first.forms).flatMap((a) => indexKeys(second.forms).map((b) => `${a}${PAIR}${b}`))
    : indexKeys(first.forms);
  for (const key of new Set(keys)) {
    const bucket = map.get(key);
    if (bucket) bucket.push(item);
    else map.set(key, [item]);
  }
}

/** The patterns that may match at `at`: each at most once. */
function candidatesAt<T>(map: ReadonlyMap<string, T[]>, positions: Position[], at: number): Set<T> {
  const found = new Set<T>();
  const firstKeys = lookupKeys(positions[at].forms);
  const next = positions[at + 1];
  const secondKeys = next ? lookupKeys(next.forms) : [];
  for (const a of firstKeys) {
    for (const item of map.get(a) ?? []) found.add(item);
    for (const b of secondKeys) for (const item of map.get(`${a}${PAIR}${b}`) ?? []) found.add(item);
  }
  return found;
}

function toPattern(term: string, words: WordReader, caseSensitive: boolean): Pattern {
  return { positions: readPositions(term, words), caseSensitive };
}

const WORD_CACHE_LIMIT = 100_000;

/** A word's forms depend on the word alone: each is worked out once (its stems are a dictionary call). */
function createWordReader(lang: string, stemmer: Stemmer): WordReader {
  const known = new Map<string, WordForms[]>();
  return {
    lang,
    expand(word) {
      let forms = known.get(word);
      if (!forms) {
        forms = expandWord(word, lang, stemmer);
        if (known.size >= WORD_CACHE_LIMIT) known.clear();
        known.set(word, forms);
      }
      return forms;
    },
  };
}

function readPositions(text: string, words: WordReader): Position[] {
  const positions: Position[] = [];
  readTermWords(text, words.lang).forEach((word, wordIndex) => {
    for (const forms of words.expand(word.text)) {
      positions.push({ forms, start: word.start, end: word.end, written: word.text, wordIndex });
    }
  });
  return positions;
}

function matchesAt(pattern: Pattern, positions: Position[], at: number): boolean {
  const wanted = pattern.positions;
  if (at + wanted.length > positions.length) return false;
  // Two positions of one contraction in the text must not be split between a term and the words before it
  if (at > 0 && positions[at - 1].wordIndex === positions[at].wordIndex) return false;
  for (let k = 0; k < wanted.length; k++) {
    const position = positions[at + k];
    if (!isFormOf(wanted[k].forms, position.forms)) return false;
    if (pattern.caseSensitive && !sameCapitals(wanted[k].written, position.written, position.wordIndex === 0)) {
      return false;
    }
  }
  const last = positions[at + wanted.length - 1];
  const next = positions[at + wanted.length];
  // Nor between the term and the words after it
  return !(next && next.wordIndex === last.wordIndex);
}

/**
 * A case-sensitive term's capitals must be in the text: "Congress" is not "congress". The text may capitalise
 * more: a whole word in capitals (a headline), or the first word of a segment.
 */
function sameCapitals(termWord: string, textWord: string, segmentStart: boolean): boolean {
  const isUpper = (char: string) => char !== char.toLowerCase();
  const allCaps = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();
  if (allCaps(textWord) && textWord.length > 1) return true;
  if (allCaps(termWord) && termWord.length > 1) return false;
  const termFirst = termWord[0] ?? "";
  const textFirst = textWord[0] ?? "";
  if (isUpper(termFirst)) return isUpper(textFirst);
  return !isUpper(textFirst) || segmentStart;
}
