// The final punctuation of the target matches the source's: a question stays a question, a sentence keeps its
// period, a heading gets none. Closing quotes, brackets and tags after the mark do not count.

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { maskPlaceholders } from "@/lib/text/placeholders";
import { allAbbreviationsPatternSource } from "@/lib/text/sentence-abbreviations";
import { createFinding } from "../create-finding";
import type { Check } from "../types";

const MESSAGES = {
  missing: (mark: string) => `The source ends with "${mark}" but the translation does not.`,
  added: (mark: string) => `The translation ends with "${mark}" but the source has no final punctuation.`,
  different: (sourceMark: string, targetMark: string) =>
    `The source ends with "${sourceMark}" but the translation ends with "${targetMark}".`,
};

type Ending = { mark: string | null; start: number; end: number; coreEnd: number };

// Closing quotes, masked tags and spaces may follow the final mark; a closing bracket ends the text itself
// ("(2nd alt.)" has no final punctuation of its own)
const TRAILER = /[\s"'”’»\uFFFF]*$/u;
const FINAL_MARK = /(\.\.\.|[.!?:;…])[\s"'”’»\uFFFF]*$/u;
// "avant J.-C.", "etc.", "Maj.": the period belongs to an abbreviation (of any language profile)
const ABBREVIATION_END = new RegExp(`(?:\\b\\p{L}\\.|${allAbbreviationsPatternSource()}\\.)$`, "u");

export const endPunctuationCheck: Check = {
  id: "end-punctuation",
  name: "Final punctuation",
  severity: "warning",
  run(source, target, ctx) {
    if (source.trim() === "" || target.trim() === "") return [];
    const sourceEnding = readEnding(source);
    const targetEnding = readEnding(target);
    if (sourceEnding.mark === targetEnding.mark) return [];
    const profile = getLanguageProfile(ctx.targetLang);
    // The mark with the space the target's typography puts before it (the same table as the export)
    const spaced = (mark: string) => {
      const want = profile.typography.spaceBefore[mark as ";" | ":" | "!" | "?"];
      return want === "nnbsp" ? `\u202F${mark}` : want === "nbsp" ? `\u00A0${mark}` : mark;
    };

    if (sourceEnding.mark && !targetEnding.mark) {
      // Nothing but quotes or tags: no word to put the mark after
      if (targetEnding.coreEnd === 0) return [];
      const last = targetEnding.coreEnd - 1;
      const fix = target.slice(last, targetEnding.coreEnd) + spaced(sourceEnding.mark);
      return [createFinding(endPunctuationCheck, last, targetEnding.coreEnd, MESSAGES.missing(sourceEnding.mark), fix)];
    }
    if (!sourceEnding.mark && targetEnding.mark === "." && ABBREVIATION_END.test(target.slice(0, targetEnding.end))) {
      return [];
    }
    if (!sourceEnding.mark && targetEnding.mark) {
      return [
        createFinding(endPunctuationCheck, targetEnding.start, targetEnding.end, MESSAGES.added(targetEnding.mark), ""),
      ];
    }
    const sourceMark = sourceEnding.mark as string;
    const targetMark = targetEnding.mark as string;
    return [
      createFinding(
        endPunctuationCheck,
        targetEnding.start,
        targetEnding.end,
        MESSAGES.different(sourceMark, targetMark),
        spaced(sourceMark),
      ),
    ];
  },
};

function readEnding(text: string): Ending {
  const masked = maskPlaceholders(text);
  const final = FINAL_MARK.exec(masked);
  if (final) {
    let start = final.index;
    // A French space before the mark belongs to it
    while (start > 0 && /[ \u00A0\u202F]/.test(masked[start - 1])) start--;
    const mark = final[1] === "..." ? "…" : final[1];
    return { mark, start, end: final.index + final[1].length, coreEnd: start };
  }
  const trailer = TRAILER.exec(masked);
  const coreEnd = trailer ? trailer.index : masked.length;
  return { mark: null, start: coreEnd, end: coreEnd, coreEnd };
}
