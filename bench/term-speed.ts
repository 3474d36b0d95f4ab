// Time of the termbase check per segment with a termbase of 10,000 terms (goal: ≤ 5 ms per segment), and of
// building the index. Usage: npx tsx bench/term-speed.ts [--terms 10000] [--runs 5]
// The termbase is the labelled EFF termbase (bench/term-gold) plus terms made of word pairs and triples taken
// from real English and French sentences, so that many of them do occur in the segments checked. Stems come
// from the Hunspell dictionaries when the speller gives them (the bench says so); the first pass over the
// segments (stems not yet cached) is printed apart.

import "./support/server-condition";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createTermbaseCheck } from "../lib/qa/checks/termbase";
import { loadSpeller } from "../lib/server/infrastructure/load-spellers";
import { buildTermIndex } from "../lib/terms/match-terms";
import { NO_STEMMER, type Stemmer } from "../lib/terms/stemmer";
import type { TermEntry } from "../lib/terms/term-entry";
import { readGoldTermbase } from "./term-gold/read-term-gold";

const { values } = parseArgs({
  options: { terms: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } },
});
const termCount = Number(values.terms);
const runs = Number(values.runs);

async function loadStemmer(lang: string): Promise<{ stemmer: Stemmer; origin: string }> {
  const speller = (await loadSpeller(lang)) as { stem?: (word: string) => readonly string[] } | undefined;
  if (speller && typeof speller.stem === "function")
    return { stemmer: { stem: speller.stem.bind(speller) }, origin: "Hunspell" };
  return { stemmer: NO_STEMMER, origin: "none (the speller gives no stems)" };
}

// Sentence pairs: the English→French gold pairs of the aligner's set, one sentence per line
const goldDir = join(import.meta.dirname, "align-gold");
const pairs = readdirSync(goldDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.endsWith("-fr"))
  .flatMap((entry) => {
    const source = readFileSync(join(goldDir, entry.name, "source.txt"), "utf8").split("\n");
    const target = readFileSync(join(goldDir, entry.name, "target.txt"), "utf8").split("\n");
    return source.map((line, i) => ({ source: line.trim(), target: (target[i] ?? "").trim() }));
  })
  .filter((pair) => pair.source && pair.target);

const words = (text: string) => text.split(/[^\p{L}'’-]+/u).filter((word) => word.length > 3);
function phrases(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const list = words(text);
    for (let i = 0; i + 1 < list.length; i++) {
      found.add(`${list[i]} ${list[i + 1]}`.toLowerCase());
      if (i + 2 < list.length) found.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`.toLowerCase());
    }
  }
  return [...found];
}
const englishPhrases = phrases(pairs.map((pair) => pair.source));
const frenchPhrases = phrases(pairs.map((pair) => pair.target));
const termbase: TermEntry[] = readGoldTermbase();
const seen = new Set(termbase.map((entry) => entry.source.toLowerCase()));
for (let i = 0; termbase.length < termCount && i < termCount * 4; i++) {
  const source = i < englishPhrases.length ? englishPhrases[i] : `${englishPhrases[i % englishPhrases.length]} ${i}`;
  if (seen.has(source)) continue;
  seen.add(source);
  const target = frenchPhrases[(i * 7) % frenchPhrases.length];
  const forbidden = frenchPhrases[(i * 13 + 1) % frenchPhrases.length];
  termbase.push({
    source,
    targets: [target],
    forbidden: [forbidden],
    note: "",
    partOfSpeech: null,
    caseSensitive: false,
  });
}

const [english, french] = await Promise.all([loadStemmer("en"), loadStemmer("fr")]);
const buildStart = performance.now();
const index = buildTermIndex(termbase, {
  sourceLang: "en",
  targetLang: "fr",
  sourceStemmer: english.stemmer,
  targetStemmer: french.stemmer,
});
const buildMs = performance.now() - buildStart;
const check = createTermbaseCheck(index);
const ctx = { sourceLang: "en", targetLang: "fr", spellers: {} };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const timePass = () => {
  const times: number[] = [];
  let findings = 0;
  for (const pair of pairs) {
    const start = performance.now();
    findings += check.run(pair.source, pair.target, ctx).length;
    times.push(performance.now() - start);
  }
  return { times: times.sort((a, b) => a - b), findings };
};
const cold = timePass();
const warm: number[] = [];
let findings = 0;
for (let run = 0; run < runs; run++) {
  const pass = timePass();
  warm.push(...pass.times);
  findings = pass.findings;
}
warm.sort((a, b) => a - b);
const format = (sorted: number[]) =>
  `mean ${(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length).toFixed(3)} ms  p50 ${percentile(sorted, 0.5).toFixed(3)} ms  p95 ${percentile(sorted, 0.95).toFixed(3)} ms  max ${sorted[sorted.length - 1].toFixed(3)} ms`;
console.log(
  `Termbase check: ${termbase.length} terms, ${pairs.length} segment pairs, stems: en ${english.origin}, fr ${french.origin}`,
);
console.log(`  index built in ${buildMs.toFixed(0)} ms; ${findings} findings per pass`);
console.log(`  first pass (stems not cached)  ${format(cold.times)}`);
console.log(`  next ${runs} passes              ${format(warm)}`);
