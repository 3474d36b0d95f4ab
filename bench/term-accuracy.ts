// Precision and recall of inflection-aware term matching on the labelled set in bench/term-gold/ (goal:
// precision ≥ 0.95, recall ≥ 0.90), tuning and held-out printed apart.
// Usage: npx tsx bench/term-accuracy.ts [--verbose] [--no-stemmer]
//   --verbose     lists the misses and false alarms of the tuning part (never the held-out part's)
//   --no-stemmer  matches without dictionary stems, to see what the stems bring
// Stems come from the project's Hunspell dictionaries when the speller can give them (stem(), from the real
// Hunspell binding); the bench says which it used.

import "./support/server-condition";
import { loadSpeller } from "../lib/server/infrastructure/load-spellers";
import { buildTermIndex, findAllTargetTerms, findSourceTerms } from "../lib/terms/match-terms";
import { NO_STEMMER, type Stemmer } from "../lib/terms/stemmer";
import {
  type GoldCase,
  type GoldMatch,
  type GoldPart,
  readGoldCases,
  readGoldTermbase,
} from "./term-gold/read-term-gold";

const verbose = process.argv.includes("--verbose");
const withoutStemmer = process.argv.includes("--no-stemmer");

async function loadStemmer(lang: string): Promise<{ stemmer: Stemmer; origin: string }> {
  if (withoutStemmer) return { stemmer: NO_STEMMER, origin: "none (--no-stemmer)" };
  const speller = (await loadSpeller(lang)) as { stem?: (word: string) => readonly string[] } | undefined;
  if (speller && typeof speller.stem === "function") {
    const stem = speller.stem.bind(speller);
    return { stemmer: { stem }, origin: "Hunspell dictionary stems" };
  }
  return { stemmer: NO_STEMMER, origin: "none: the installed speller gives no stems (nspell)" };
}

const [english, french] = await Promise.all([loadStemmer("en"), loadStemmer("fr")]);
const termbase = readGoldTermbase();
const index = buildTermIndex(termbase, {
  sourceLang: "en",
  targetLang: "fr",
  sourceStemmer: english.stemmer,
  targetStemmer: french.stemmer,
});

type Counts = { tp: number; fp: number; fn: number };
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const key = (match: Pick<GoldMatch, "side" | "term" | "kind" | "surface">) =>
  `${match.side}\u0000${match.term}\u0000${match.kind}\u0000${match.surface}`;

function predict(item: GoldCase): GoldMatch[] {
  const source = findSourceTerms(index, item.source).map((match) => ({
    side: "source" as const,
    term: match.entry.source,
    kind: "source" as const,
    surface: match.text,
  }));
  const target = findAllTargetTerms(index, item.target).map((match) => ({
    side: "target" as const,
    term: match.entry.source,
    kind: match.kind,
    surface: match.text,
  }));
  return [...source, ...target];
}

/** Whether a gold occurrence is not written as the termbase writes the term (plural, feminine, case…). */
function isInflected(match: GoldMatch): boolean {
  const entry = termbase.find((candidate) => candidate.source === match.term);
  if (!entry) return true;
  const forms = match.side === "source" ? [entry.source] : match.kind === "preferred" ? entry.targets : entry.forbidden;
  return !forms.includes(match.surface);
}

function score(part: GoldPart) {
  const bySide = { source: empty(), target: empty() };
  const inflected = { found: 0, total: 0 };
  const notes: string[] = [];
  const cases = readGoldCases(part);
  for (const item of cases) {
    const predicted = predict(item);
    const remaining = new Map<string, number>();
    for (const match of predicted) remaining.set(key(match), (remaining.get(key(match)) ?? 0) + 1);
    for (const gold of item.matches) {
      const left = remaining.get(key(gold)) ?? 0;
      const found = left > 0;
      if (found) {
        remaining.set(key(gold), left - 1);
        bySide[gold.side].tp++;
      } else {
        bySide[gold.side].fn++;
        notes.push(`MISS  ${item.id} ${gold.side} ${gold.kind} "${gold.surface}" (${gold.term})`);
      }
      if (isInflected(gold)) {
        inflected.total++;
        if (found) inflected.found++;
      }
    }
    for (const match of predicted) {
      const left = remaining.get(key(match)) ?? 0;
      if (left === 0) continue;
      remaining.set(key(match), left - 1);
      bySide[match.side].fp++;
      notes.push(`FALSE ${item.id} ${match.side} ${match.kind} "${match.surface}" (${match.term})`);
    }
  }
  return { cases: cases.length, bySide, inflected, notes };
}

const ratio = (part: number, whole: number) => (whole === 0 ? "   –  " : (part / whole).toFixed(3));
console.log(`Term matching on bench/term-gold (${termbase.length} termbase entries)`);
console.log(`  English stems: ${english.origin}`);
console.log(`  French stems:  ${french.origin}\n`);
console.log("part       side      occurrences  found    TP   FP   FN  precision  recall");
for (const part of ["tuning", "held-out"] as const) {
  const result = score(part);
  const all = {
    tp: result.bySide.source.tp + result.bySide.target.tp,
    fp: result.bySide.source.fp + result.bySide.target.fp,
    fn: result.bySide.source.fn + result.bySide.target.fn,
  };
  for (const [side, counts] of [...Object.entries(result.bySide), ["both", all] as const]) {
    console.log(
      `${part.padEnd(10)} ${side.padEnd(9)} ${String(counts.tp + counts.fn).padStart(11)} ${String(counts.tp + counts.fp).padStart(6)} ${String(counts.tp).padStart(5)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}  ${ratio(counts.tp, counts.tp + counts.fp).padStart(9)}  ${ratio(counts.tp, counts.tp + counts.fn).padStart(6)}`,
    );
  }
  console.log(
    `${part.padEnd(10)} inflected occurrences found: ${result.inflected.found}/${result.inflected.total} (recall ${ratio(result.inflected.found, result.inflected.total)})\n`,
  );
  if (verbose && part === "tuning") for (const note of result.notes) console.log(note);
}
