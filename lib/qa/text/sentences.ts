import type { Span } from "@/lib/text/protected-spans";
import { allAbbreviationsPatternSource } from "@/lib/text/sentence-abbreviations";

// A sentence ends at . ! ? or … followed by a space and something that can start a sentence.
// Good enough to find a leftover source-language sentence; not a general segmenter.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=[\s\u00A0\u202F]+["'“‘«¿¡([{]?[\u00A0\u202F]?[\p{Lu}\p{N}])/gu;
// An initial or an abbreviation of any language profile ("Mr", "z. B") before the period: no sentence end
const ABBREVIATION_BEFORE = new RegExp(`(?:\\b\\p{Lu}|${allAbbreviationsPatternSource()})$`, "u");

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const before = text.slice(start, match.index);
    if (match[0].startsWith(".") && ABBREVIATION_BEFORE.test(before)) continue;
    const end = match.index + match[0].length;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from])) from++;
  while (to > from && /\s/u.test(text[to - 1])) to--;
  if (to > from) spans.push({ start: from, end: to });
}
