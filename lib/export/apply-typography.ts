import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { findNonProseSpans } from "@/lib/text/protected-spans";
import { applySpacingEdits, findSpacingProblems, TRANSPARENT } from "@/lib/text/punctuation-spacing";

/**
 * Typography of the target language, applied to rendered text (HTML, Markdown and plain-text exports): the
 * spacing rules of the language profile (lib/languages), read by lib/text/punctuation-spacing.ts exactly as the QA
 * typography check reads them. In French a narrow no-break space (U+202F) goes before ; ! ? and a no-break space
 * (U+00A0) before : and inside « »; in Quebec French none before ; ! ?; most other languages put no space before
 * these marks. A wrong space is replaced, a missing one added, a fine one left alone (never doubled).
 */

/** A piece of text between two inline tags. `frozen` runs (code, kbd…) are never changed. */
export type TextRun = { text: string; frozen?: boolean };

// A frozen run becomes one FROZEN character, which counts as a word; tags between runs become TRANSPARENT, so a
// rule sees "mot{/1} ?" as "mot ?". Private-use code points that text never contains.
const FROZEN = "\uE001";
const OPAQUE = "\uFFFF";

/** Applies the target language's typography to one plain string. */
export function applyTypography(text: string, lang: string): string {
  return applyTypographyToRuns([{ text }], lang)[0];
}

/**
 * Applies typography across runs of text separated by inline tags, so "mot{/1}:" still gets its
 * space; returns one string per run (inserted spaces sit next to the punctuation mark).
 */
export function applyTypographyToRuns(runs: readonly TextRun[], lang: string): string[] {
  const rules = getLanguageProfile(lang).typography;
  if (Object.keys(rules.spaceBefore).length === 0 && rules.insideGuillemets === null) return runs.map((r) => r.text);
  // Text that already contains our stand-ins cannot be joined safely: fix runs one by one.
  if (runs.some((run) => /[\uE000\uE001\uFFFF]/.test(run.text))) {
    return runs.map((run) => (run.frozen ? run.text : fixSpacing(run.text, lang)));
  }
  const joined = runs.map((run) => (run.frozen ? FROZEN : run.text)).join(TRANSPARENT);
  const parts = fixSpacing(joined, lang).split(TRANSPARENT);
  return runs.map((run, index) => (run.frozen ? run.text : parts[index]));
}

function fixSpacing(text: string, lang: string): string {
  const problems = findSpacingProblems(maskNonProse(text), getLanguageProfile(lang).typography);
  return applySpacingEdits(
    text,
    problems.flatMap((problem) => problem.edits),
  );
}

// URLs, e-mail addresses, code and the like keep their colons and question marks: the same spans QA protects,
// made opaque (tags inside them stay transparent). UTF-16 units, so offsets stay those of the text.
function maskNonProse(text: string): string {
  const spans = findNonProseSpans(text);
  if (spans.length === 0) return text;
  const units = text.split("");
  for (const span of spans) {
    for (let k = span.start; k < span.end; k++) if (units[k] !== TRANSPARENT) units[k] = OPAQUE;
  }
  return units.join("");
}
