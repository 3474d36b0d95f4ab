// Is the right best match ranked first? On the labelled set in bench/tm-gold/ (goal: ≥ 98 % of the queries
// that have a best match), tuning and held-out printed apart, by category.
// Usage: npx tsx bench/tm-accuracy.ts [--verbose] [--min-score 70]
//   --verbose  lists the tuning part's wrong rankings (never the held-out part's)
// Two pipelines are scored: exact rescoring of the whole memory, and what a store does (the top 200 entries by
// trigram similarity within the length bounds, then exact rescoring): they must agree, or the index loses matches.

import { parseArgs } from "node:util";
import { indexTextForMatching, matchWeight, selectCandidates, trigramsOf } from "../lib/tm/find-candidates";
import { DEFAULT_MIN_SCORE, rankMatches } from "../lib/tm/rank-matches";
import { type GoldPart, type GoldQuery, readGoldMemory, readGoldQueries } from "./tm-gold/read-tm-gold";

const { values } = parseArgs({
  options: {
    verbose: { type: "boolean", default: false },
    "min-score": { type: "string" },
    shuffles: { type: "string", default: "20" },
  },
});
const minScore = values["min-score"] ? Number(values["min-score"]) : DEFAULT_MIN_SCORE;

const memory = readGoldMemory().map((entry) => ({
  ...entry,
  sourceText: entry.source,
  targetText: entry.target,
  indexText: indexTextForMatching(entry.source),
  matchWeight: matchWeight(entry.source),
  trigrams: trigramsOf(indexTextForMatching(entry.source)),
}));

// Distractors for the index: each entry's words in other orders. They share nearly all of its trigrams but
// none of its word order, so they crowd the trigram top-200 without being good matches.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const shuffles = Number(values.shuffles);
const crowded = [
  ...memory,
  ...memory.flatMap((entry) =>
    Array.from({ length: shuffles }, (_, k) => {
      const words = entry.source.split(" ");
      for (let i = words.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [words[i], words[j]] = [words[j], words[i]];
      }
      const source = words.join(" ");
      return {
        ...entry,
        id: `${entry.id}~${k}`,
        source,
        sourceText: source,
        indexText: indexTextForMatching(source),
        matchWeight: matchWeight(source),
      };
    }),
  ),
];

type Outcome = { query: GoldQuery; right: boolean; shown: string | null; score: number | null };
type Pipeline = "all" | "index" | "crowded";

function judge(query: GoldQuery, pipeline: Pipeline, threshold: number): Outcome {
  const pool = (pipeline === "crowded" ? crowded : memory).filter(
    (entry) => entry.sourceLang === query.sourceLang && entry.targetLang === query.targetLang,
  );
  const candidates = pipeline === "all" ? pool : selectCandidates(query.query, pool, { minScore: threshold });
  const [first] = rankMatches({ sourceText: query.query }, candidates, {
    sourceLang: query.sourceLang,
    targetLang: query.targetLang,
    minScore: threshold,
    limit: 3,
  });
  const shown = first?.entry.id ?? null;
  const score = first?.score ?? null;
  if (query.best === null) return { query, right: shown === null, shown, score };
  const right = shown !== null && (shown === query.best || (query.acceptable ?? []).includes(shown));
  return { query, right, shown, score };
}

const count = (list: Outcome[]) => `${list.filter((o) => o.right).length}/${list.length}`;
const percent = (list: Outcome[]) =>
  list.length === 0 ? "–" : `${((100 * list.filter((o) => o.right).length) / list.length).toFixed(1)}%`;

console.log(`TM ranking on bench/tm-gold (${memory.length} memory entries)`);
console.log("  ranked first: the right entry is match 1 whatever its score (the goal: ≥ 98 %)");
console.log(
  `  shown at ${minScore}: match 1 is right and at least ${minScore}, and queries with no good match show nothing\n`,
);
for (const part of ["tuning", "held-out"] as GoldPart[]) {
  const queries = readGoldQueries(part);
  const withBest = queries.filter((q) => q.best !== null);
  const withoutBest = queries.filter((q) => q.best === null);
  for (const pipeline of ["all", "index", "crowded"] as Pipeline[]) {
    const ranked = withBest.map((q) => judge(q, pipeline, 0));
    const shown = withBest.map((q) => judge(q, pipeline, minScore));
    const silent = withoutBest.map((q) => judge(q, pipeline, minScore));
    const label = { all: "whole memory   ", index: "trigram top-200", crowded: `top-200 of ${crowded.length}` }[
      pipeline
    ];
    console.log(
      `${part.padEnd(9)} ${label}  ranked first ${count(ranked)} (${percent(ranked)})   shown at ${minScore} ${count(shown)} (${percent(shown)})   nothing shown for no-match queries ${count(silent)}`,
    );
    if (pipeline === "all") {
      const categories = [...new Set(withBest.map((q) => q.category))];
      const byCategory = categories.map(
        (category) => `${category} ${count(ranked.filter((o) => o.query.category === category))}`,
      );
      console.log(`${"".padEnd(9)} ranked first by category: ${byCategory.join(", ")}`);
      if (values.verbose && part === "tuning") {
        for (const outcome of [...ranked, ...shown, ...silent].filter((o) => !o.right)) {
          const got = outcome.shown ? `${outcome.shown} (${outcome.score})` : "nothing";
          console.log(
            `  WRONG ${outcome.query.id} [${outcome.query.category}] wanted ${outcome.query.best ?? "nothing"}, got ${got}: ${outcome.query.query}`,
          );
        }
      }
    }
  }
  console.log();
}
