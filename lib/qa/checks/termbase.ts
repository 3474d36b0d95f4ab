// "Does not follow the termbase": where the source says a termbase term, the target should say its preferred
// translation, and never a forbidden one. Inflected forms count on both sides (lib/terms/match-terms.ts).
// The check needs the termbase, so it is built for one (createTermbaseCheck) and run beside ALL_CHECKS.

import { baseLanguage } from "@/lib/languages/get-language-profile";
import { buildTermIndex, findSourceTerms, findTargetTermsForEntries, type TermIndex } from "@/lib/terms/match-terms";
import type { Stemmer } from "@/lib/terms/stemmer";
import type { TermEntry } from "@/lib/terms/term-entry";
import { createFinding, quote, wholeTargetSpan } from "../create-finding";
import type { Check, Finding } from "../types";

export const TERMBASE_CHECK_ID = "termbase";

const MESSAGES = {
  forbidden: (used: string, source: string, preferred: string | undefined) =>
    preferred
      ? `"${used}" is a forbidden translation of "${source}" in the termbase: write "${preferred}".`
      : `"${used}" is a forbidden translation of "${source}" in the termbase.`,
  missing: (source: string, preferred: string[]) =>
    `The termbase translates "${source}" as ${preferred.map((term) => `"${term}"`).join(" or ")}; the translation uses neither.`,
};

export type TermbaseCheckOptions = {
  sourceLang: string;
  targetLang: string;
  sourceStemmer?: Stemmer;
  targetStemmer?: Stemmer;
};

/** The check for one termbase (build it once per termbase and language pair: indexing costs more than a segment). */
export function createTermbaseCheck(entries: readonly TermEntry[] | TermIndex, options?: TermbaseCheckOptions): Check {
  const index = isIndex(entries) ? entries : buildTermIndex(entries, requireOptions(options));
  const check: Check = {
    id: TERMBASE_CHECK_ID,
    name: "Follows the termbase",
    severity: "warning",
    run(source, target, ctx) {
      if (target.trim() === "" || !sameLanguage(ctx.targetLang, index.targetLang)) return [];
      if (!sameLanguage(ctx.sourceLang, index.sourceLang)) return [];
      const sourceMatches = findSourceTerms(index, source);
      if (sourceMatches.length === 0) return [];
      const entryIndexes = [...new Set(sourceMatches.map((match) => match.entryIndex))];
      const targetMatches = findTargetTermsForEntries(index, entryIndexes, target);
      const findings: Finding[] = [];
      for (const entryIndex of entryIndexes) {
        const entry = index.entries[entryIndex];
        const found = targetMatches.get(entryIndex) ?? [];
        const forbidden = found.filter((match) => match.kind === "forbidden");
        for (const match of forbidden) {
          const preferred = entry.targets[0];
          const fix = preferred === undefined ? null : matchCapital(preferred, match.text);
          findings.push(
            createFinding(
              check,
              match.start,
              match.end,
              MESSAGES.forbidden(quote(match.text), entry.source, fix ?? undefined),
              fix,
            ),
          );
        }
        if (forbidden.length === 0 && entry.targets.length > 0 && !found.some((match) => match.kind === "preferred")) {
          const span = wholeTargetSpan(target);
          findings.push(createFinding(check, span.start, span.end, MESSAGES.missing(entry.source, entry.targets)));
        }
      }
      return findings.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
  return check;
}

/** The replacement written with the capital the replaced text had ("Reconnaissance des visages" → "Reconnaissance faciale"). */
function matchCapital(replacement: string, replaced: string): string {
  const first = replaced[0] ?? "";
  if (first !== first.toLowerCase() && replacement[0] === replacement[0]?.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function sameLanguage(a: string, b: string): boolean {
  return baseLanguage(a) === baseLanguage(b);
}

function isIndex(value: readonly TermEntry[] | TermIndex): value is TermIndex {
  return !Array.isArray(value);
}

function requireOptions(options: TermbaseCheckOptions | undefined): TermbaseCheckOptions {
  if (!options) throw new TypeError("createTermbaseCheck needs the languages to index a list of entries");
  return options;
}
