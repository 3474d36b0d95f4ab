import { lowerWord } from "./extract-anchors";
import { lookUpWordLexicons } from "./word-lexicon";

// guessLanguage picks the supported language whose function words are most frequent, even in a text of
// another language: Romanian reads as Spanish or French to it, since "de", "la", "a" are everywhere. With that
// guess the aligner would use a lexicon that matches nothing real and the parameters made for it, which price
// an anchor-poor 1-1 above a 1-0 + 0-1. So a guessed language is kept only when the core lexicon of that
// language knows a good share of the text's words: 0.42-0.68 on the gold pairs, 0.08-0.12 on Romanian (the
// tuning part of bench/align-long-gold/) read as es/fr/it/pt.
const MIN_LEXICON_COVERAGE = 0.25;
const SAMPLE_UNITS = 300;

export function confirmGuessedLanguage(units: readonly string[], lang: string | undefined): string | undefined {
  if (lang === undefined || lang === "en") return lang;
  const lexicon = lookUpWordLexicons("en", lang)?.tgt;
  if (lexicon === undefined) return lang;
  let words = 0;
  let known = 0;
  for (const unit of units.slice(0, SAMPLE_UNITS)) {
    for (const word of unit.split(/[^\p{L}]+/u)) {
      if (word === "") continue;
      words++;
      if (lexicon.has(lowerWord(word))) known++;
    }
  }
  return words > 0 && known / words >= MIN_LEXICON_COVERAGE ? lang : undefined;
}
