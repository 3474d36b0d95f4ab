// Time of the exact rescoring step of a translation-memory lookup: rankMatches over the 200 candidates a
// store's trigram index returns (lib/tm/find-candidates.ts). Goal: well under 10 ms per lookup.
// Usage: npx tsx bench/tm-speed.ts [--queries 300] [--pool 20000] [--min-score 70]
// The memory is built from the English sources of bench/align-gold plus variants of them (words changed,
// dropped or added, numbers changed), so that the 200 candidates are as close as a real memory's would be.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { indexTextForMatching, matchWeight, selectCandidates, trigramsOf } from "../lib/tm/find-candidates";
import { rankMatches } from "../lib/tm/rank-matches";
import { clearMatchingCache } from "../lib/tm/tokenize-for-matching";

const { values } = parseArgs({
  options: {
    queries: { type: "string", default: "300" },
    pool: { type: "string", default: "20000" },
    "min-score": { type: "string", default: "70" },
  },
});
const queryCount = Number(values.queries);
const poolSize = Number(values.pool);
const minScore = Number(values["min-score"]);

const goldDir = join(import.meta.dirname, "align-gold");
const sentences = [
  ...new Set(
    readdirSync(goldDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readFileSync(join(goldDir, entry.name, "source.txt"), "utf8").split("\n"))
      .map((line) => line.trim())
      .filter((line) => line.split(" ").length >= 4),
  ),
];

// A small deterministic generator, so that every run measures the same memory
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const FILLERS = ["also", "now", "police", "data", "government", "new", "public", "still", "every", "their"];

function vary(sentence: string): string {
  const words = sentence.split(" ");
  const edits = 1 + Math.floor(random() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * words.length);
    const roll = random();
    if (roll < 0.4) words[at] = FILLERS[Math.floor(random() * FILLERS.length)];
    else if (roll < 0.6 && words.length > 4) words.splice(at, 1);
    else if (roll < 0.8) words.splice(at, 0, FILLERS[Math.floor(random() * FILLERS.length)]);
    else words.splice(at, 0, String(Math.floor(random() * 3000)));
  }
  return words.join(" ");
}

const memory = Array.from({ length: poolSize }, (_, i) => {
  const source = i < sentences.length ? sentences[i] : vary(sentences[Math.floor(random() * sentences.length)]);
  return {
    id: i,
    sourceText: source,
    targetText: source,
    indexText: indexTextForMatching(source),
    matchWeight: matchWeight(source),
    trigrams: trigramsOf(indexTextForMatching(source)),
  };
});

const queries = Array.from({ length: queryCount }, (_, i) => vary(sentences[i % sentences.length]));
const times: { ms: number; words: number }[] = [];
let candidateTotal = 0;
for (const query of queries) {
  // The store's job, not timed: the 200 nearest entries by trigram similarity
  const candidates = selectCandidates(query, memory, { minScore: 0 }).map((entry) => ({ ...entry }));
  candidateTotal += candidates.length;
  clearMatchingCache();
  const start = performance.now();
  rankMatches({ sourceText: query }, candidates, { sourceLang: "en", targetLang: "fr", minScore });
  times.push({ ms: performance.now() - start, words: query.split(" ").length });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
function report(label: string, sample: number[]) {
  const sorted = [...sample].sort((a, b) => a - b);
  if (sorted.length === 0) return;
  console.log(
    `${label.padEnd(26)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 0.5).toFixed(2)} ms  p95 ${percentile(sorted, 0.95).toFixed(2)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms`,
  );
}
console.log(
  `TM rescoring: ${queryCount} queries, ${(candidateTotal / queryCount).toFixed(0)} candidates each, memory of ${poolSize}, min score ${minScore}\n`,
);
report(
  "all queries",
  times.map((t) => t.ms),
);
report(
  "queries of 30+ words",
  times.filter((t) => t.words >= 30).map((t) => t.ms),
);
