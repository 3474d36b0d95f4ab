import { findLanguageProfile } from "@/lib/languages/get-language-profile";
import { stripPlaceholders } from "@/lib/text/placeholders";

// Gale & Church (1993): the target length of a bead is roughly the source length times a
// language-pair ratio, with a variance growing with the length; a mismatch costs -log P(|delta|).

// Pseudo-count (characters) given to the language prior when estimating the ratio from the texts.
const RATIO_PRIOR_WEIGHT = 400;

// Characters with runs of white space counted once and inline tags not at all (they are
// markup, and the plain-text MT usually lacks them).
export function measureLength(text: string): number {
  const plain = stripPlaceholders(text);
  let length = 0;
  let pendingSpace = false;
  for (let k = 0; k < plain.length; k++) {
    const code = plain.charCodeAt(k);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

export function estimateLengthRatio(
  srcChars: number,
  tgtChars: number,
  srcLang: string | undefined,
  tgtLang: string | undefined,
): number {
  const prior = lookUpLanguageRatio(tgtLang) / lookUpLanguageRatio(srcLang);
  const ratio = (tgtChars + RATIO_PRIOR_WEIGHT * prior) / (srcChars + RATIO_PRIOR_WEIGHT);
  return Math.min(3, Math.max(1 / 3, ratio));
}

// Characters per English character, from typical EFF/Europarl-like prose (the language profiles).
function lookUpLanguageRatio(lang: string | undefined): number {
  return findLanguageProfile(lang)?.alignmentLengthRatio ?? 1;
}

// -log of the two-sided tail probability of the length discrepancy of a bead.
export function computeLengthCost(srcLength: number, tgtLength: number, ratio: number, variance: number): number {
  const mean = (srcLength + tgtLength / ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (tgtLength - srcLength * ratio) / Math.sqrt(variance * mean);
  return -logErfc(Math.abs(delta) / Math.SQRT2);
}

// log(erfc(z)) for z >= 0 without underflow (Numerical Recipes' erfcc, rel. error < 1.2e-7).
export function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + poly;
}
