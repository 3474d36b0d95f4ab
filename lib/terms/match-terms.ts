// Finding termbase terms in segments, inflected as the grammar wants: source terms in a source segment
// ("face recognition programs", "Congress's"), preferred and forbidden translations in a target segment
// ("reconnaissances faciales", "la surveillance des visages"). Words are compared by spelling and by their
// dictionary stems (an injected Stemmer: Hunspell in the app, tables in the tests), articles by class
// (term-forms.ts). The termbase is indexed once; a segment then costs one look-up per word.

import { tokenizeWords } from "@/lib/text/tokenize-words";
import { cacheStems, NO_STEMMER, type Stemmer } from "./stemmer";
import { defaultCaseSensitivity, type TermEntry } from "./term-entry";
import { expandWord, indexKeys, isFormOf, lookupKeys, type WordForms } from "./term-forms";

/** A compared position of a text: its forms, and the characters it covers. */
type Position = { forms: WordForms; start: number; end: number; written: string; wordIndex: number };

type Pattern = { positions: Position[]; caseSensitive: boolean };

export type TermIndex = {
  readonly entries: readonly TermEntry[];
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly sourceStemmer: Stemmer;
  readonly targetStemmer: Stemmer;
  /** Source patterns by the forms of their first position. */
  readonly bySourceForm: ReadonlyMap<string, { entry: number; pattern: Pattern }[]>;
  /** Per entry, the patterns of its preferred and forbidden translations. */
  readonly targetPatterns: readonly { preferred: Pattern[]; forbidden: Pattern[] }[];
  /** Every entry's target patterns by the forms of their first position. */
  readonly byTargetForm: ReadonlyMap<string, TargetPattern[]>;
};

type TargetPattern = { entry: number; kind: "preferred" | "forbidden"; term: string; pattern: Pattern };

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
  const sourceStemmer = cacheStems(options.sourceStemmer ?? NO_STEMMER);
  const targetStemmer = cacheStems(options.targetStemmer ?? NO_STEMMER);
  const bySourceForm = new Map<string, { entry: number; pattern: Pattern }[]>();
  entries.forEach((entry, index) => {
    const pattern = toPattern(entry.source, options.sourceLang, sourceStemmer, entry.caseSensitive);
    if (pattern.positions.length === 0) return;
    for (const form of indexKeys(pattern.positions[0].forms)) {
      const bucket = bySourceForm.get(form);
      if (bucket) bucket.push({ entry: index, pattern });
      else bySourceForm.set(form, [{ entry: index, pattern }]);
    }
  });
  // A translation's own capitals decide its case-sensitivity ("Congrès" yes, "premier amendement" no)
  const targetPattern = (term: string, entry: TermEntry) =>
    toPattern(term, options.targetLang, targetStemmer, entry.caseSensitive && defaultCaseSensitivity(term));
  const targetPatterns = entries.map((entry) => ({
    preferred: entry.targets.map((term) => targetPattern(term, entry)),
    forbidden: entry.forbidden.map((term) => targetPattern(term, entry)),
  }));
  const byTargetForm = new Map<string, TargetPattern[]>();
  targetPatterns.forEach((patterns, entry) => {
    const add = (kind: "preferred" | "forbidden", terms: string[], list: Pattern[]) =>
      list.forEach((pattern, k) => {
        const first = pattern.positions[0];
        for (const form of first ? indexKeys(first.forms) : []) {
          const item = { entry, kind, term: terms[k], pattern };
          const bucket = byTargetForm.get(form);
          if (bucket) bucket.push(item);
          else byTargetForm.set(form, [item]);
        }
      });
    add("preferred", entries[entry].targets, patterns.preferred);
    add("forbidden", entries[entry].forbidden, patterns.forbidden);
  });
  return {
    entries,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    sourceStemmer,
    targetStemmer,
    bySourceForm,
    targetPatterns,
    byTargetForm,
  };
}

/**
 * The termbase's source terms in a source segment, leftmost first; where two overlap, the longer wins
 * ("face recognition technology" before "face recognition"), then the earlier entry.
 */
export function findSourceTerms(index: TermIndex, sourceText: string): SourceTermMatch[] {
  const positions = readPositions(sourceText, index.sourceLang, index.sourceStemmer);
  const found: { at: number; length: number; entry: number }[] = [];
  positions.forEach((position, at) => {
    const tried = new Set<number>();
    for (const form of lookupKeys(position.forms)) {
      for (const candidate of index.bySourceForm.get(form) ?? []) {
        if (tried.has(candidate.entry)) continue;
        tried.add(candidate.entry);
        if (matchesAt(candidate.pattern, positions, at)) {
          found.push({ at, length: candidate.pattern.positions.length, entry: candidate.entry });
        }
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
  const positions = readPositions(targetText, index.targetLang, index.targetStemmer);
  const found: { at: number; length: number; item: TargetPattern }[] = [];
  positions.forEach((position, at) => {
    const tried = new Set<TargetPattern>();
    for (const form of lookupKeys(position.forms)) {
      for (const item of index.byTargetForm.get(form) ?? []) {
        if (tried.has(item)) continue;
        tried.add(item);
        if (matchesAt(item.pattern, positions, at)) found.push({ at, length: item.pattern.positions.length, item });
      }
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
  return findTargetTermsIn(
    index,
    entryIndex,
    readPositions(targetText, index.targetLang, index.targetStemmer),
    targetText,
  );
}

/** The same, for several entries over one target text (it is read once). */
export function findTargetTermsForEntries(
  index: TermIndex,
  entryIndexes: readonly number[],
  targetText: string,
): Map<number, TargetTermMatch[]> {
  const positions = readPositions(targetText, index.targetLang, index.targetStemmer);
  return new Map(entryIndexes.map((entry) => [entry, findTargetTermsIn(index, entry, positions, targetText)]));
}

function findTargetTermsIn(
  index: TermIndex,
  entryIndex: number,
  positions: Position[],
  targetText: string,
): TargetTermMatch[] {
  const entry = index.entries[entryIndex];
  const patterns = index.targetPatterns[entryIndex];
  const matches: TargetTermMatch[] = [];
  const collect = (kind: "preferred" | "forbidden", terms: string[], list: Pattern[]) => {
    list.forEach((pattern, k) => {
      if (pattern.positions.length === 0) return;
      for (let at = 0; at + pattern.positions.length <= positions.length; at++) {
        if (!matchesAt(pattern, positions, at)) continue;
        const start = positions[at].start;
        const end = positions[at + pattern.positions.length - 1].end;
        // A contraction stands for two positions: the same characters can start two matches
        if (matches.some((other) => other.start < end && start < other.end && other.kind === kind)) continue;
        matches.push({ start, end, text: targetText.slice(start, end), kind, term: terms[k] });
      }
    });
  };
  collect("preferred", entry.targets, patterns.preferred);
  collect("forbidden", entry.forbidden, patterns.forbidden);
  // A forbidden translation that contains a preferred one, or the other way round, is the longer of the two
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

function toPattern(term: string, lang: string, stemmer: Stemmer, caseSensitive: boolean): Pattern {
  return { positions: readPositions(term, lang, stemmer), caseSensitive };
}

function readPositions(text: string, lang: string, stemmer: Stemmer): Position[] {
  const positions: Position[] = [];
  tokenizeWords(text, lang).forEach((word, wordIndex) => {
    for (const forms of expandWord(word.text, lang, stemmer)) {
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
