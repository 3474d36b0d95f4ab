// A target much shorter or longer than the source predicts suggests an omission or an addition. The allowance
// grows with the square root of the length (Gale & Church's length model), so short segments are rarely
// flagged and long ones are held to the expected ratio.

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { stripPlaceholders } from "@/lib/text/placeholders";
import { createFinding, wholeTargetSpan } from "../create-finding";
import type { Check } from "../types";

const MESSAGES = {
  empty: "The translation is empty.",
  short: (percent: number) =>
    `The translation is much shorter than the source would make likely (${percent}% of the expected length): is something missing?`,
  long: (percent: number) =>
    `The translation is much longer than the source would make likely (${percent}% of the expected length): was something added?`,
};

// Variance of target length per source character, and how many standard deviations count as "much"
const VARIANCE_PER_CHAR = 6.8;
const THRESHOLD = 4;
const MIN_SOURCE_CHARS = 12;

export const lengthRatioCheck: Check = {
  id: "length-ratio",
  name: "Length",
  severity: "warning",
  run(source, target, ctx) {
    const sourceLength = measure(source);
    const targetLength = measure(target);
    if (sourceLength < MIN_SOURCE_CHARS) return [];
    if (targetLength === 0) return [createFinding(lengthRatioCheck, 0, target.length, MESSAGES.empty)];
    const ratio =
      getLanguageProfile(ctx.targetLang).lengthFromEnglish / getLanguageProfile(ctx.sourceLang).lengthFromEnglish;
    const expected = sourceLength * ratio;
    const deviation = (targetLength - expected) / Math.sqrt(sourceLength * VARIANCE_PER_CHAR);
    if (Math.abs(deviation) < THRESHOLD) return [];
    const span = wholeTargetSpan(target);
    const percent = Math.round((targetLength / expected) * 100);
    const message = deviation < 0 ? MESSAGES.short(percent) : MESSAGES.long(percent);
    return [createFinding(lengthRatioCheck, span.start, span.end, message)];
  },
};

function measure(text: string): number {
  return stripPlaceholders(text).replace(/\s+/gu, " ").trim().length;
}
