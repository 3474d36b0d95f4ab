// Cost of the post-editing figures per segment, and of pooling 200,000 stored segments, so that computing them at
// approval or publication stays cheap and a backfill of the whole history is practical.
// Usage: npx tsx bench/metrics-speed.ts [--rounds 5] [--pool 200000]
// Segments: the seed post's 18 paragraphs against a human post-edit (long: 10–120 words) and the 240 random
// post-edits of bench/metrics-oracle (0–220 words), each scored `rounds` times after one warm-up round.

import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { countChrfStatistics } from "../lib/metrics/chrf";
import { measureSegmentEffort, summarizeEffort } from "../lib/metrics/post-editing-effort";
import { countTerStatistics } from "../lib/metrics/ter";

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "5" }, pool: { type: "string", default: "200000" } },
});
const rounds = Number(values.rounds);
const poolSize = Number(values.pool);

type Pair = { hypothesis: string; reference: string };
const oracle: { groups: { name: string; pairs: Pair[] }[] } = JSON.parse(
  readFileSync(new URL("./metrics-oracle/sacrebleu-2.6.0-cases.json", import.meta.url), "utf8"),
);
const sets = oracle.groups
  .filter((group) => group.name !== "edge")
  .map((group) => ({
    name: group.name,
    pairs: group.pairs.map((p) => ({ mtText: p.hypothesis, targetText: p.reference })),
  }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timePerSegment(
  pairs: { mtText: string; targetText: string }[],
  measure: (mt: string, target: string) => unknown,
) {
  const samples: number[] = [];
  for (const pair of pairs) measure(pair.mtText, pair.targetText); // warm-up
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const pair of pairs) {
      const start = performance.now();
      measure(pair.mtText, pair.targetText);
      samples.push((performance.now() - start) * 1000);
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  // CPU time of this process per segment: what the work costs, less disturbed by other processes than wall time
  const cpuMean = (cpu.user + cpu.system) / samples.length;
  return {
    mean,
    cpuMean,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1],
  };
}

const format = (µs: number) => (µs >= 1000 ? `${(µs / 1000).toFixed(2)} ms` : `${µs.toFixed(0)} µs`);

console.log(
  `metrics speed (node ${process.version}, ${rounds} rounds after a warm-up, load ${loadavg()[0].toFixed(1)})`,
);
for (const set of sets) {
  const words = set.pairs.map((p) => p.mtText.split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
  console.log(
    `\n${set.name}: ${set.pairs.length} segments, median ${percentile(words, 50)} words (max ${words.at(-1)})`,
  );
  for (const [label, measure] of [
    ["TER", (mt: string, target: string) => countTerStatistics(mt, target)],
    ["chrF", (mt: string, target: string) => countChrfStatistics(mt, target)],
    [
      "both (measureSegmentEffort)",
      (mt: string, target: string) => measureSegmentEffort({ mtText: mt, targetText: target }),
    ],
  ] as const) {
    const t = timePerSegment(set.pairs, measure);
    console.log(
      `  ${label.padEnd(28)} mean ${format(t.mean).padStart(9)} (CPU ${format(t.cpuMean).padStart(9)})  median ${format(t.median).padStart(9)}  p95 ${format(t.p95).padStart(9)}  max ${format(t.max).padStart(9)}`,
    );
    if (label.startsWith("both")) {
      // on a quiet machine wall time is the truer figure (CPU time includes V8's parallel GC threads); under load, CPU
      console.log(
        `  → backfill of 200,000 such segments in one process: ${((t.mean * 200_000) / 1e6).toFixed(0)} s wall, ${((t.cpuMean * 200_000) / 1e6).toFixed(0)} s CPU`,
      );
    }
  }
}

// Pooling stored figures: what a dashboard does with the counts of every segment in a selection
const stored = sets.flatMap((set) => set.pairs.map(measureSegmentEffort));
const pool = Array.from({ length: poolSize }, (_, k) => stored[k % stored.length]);
const poolTimes: number[] = [];
for (let round = 0; round < rounds + 1; round++) {
  const start = performance.now();
  summarizeEffort(pool);
  poolTimes.push(performance.now() - start);
}
poolTimes.shift();
poolTimes.sort((a, b) => a - b);
console.log(
  `\npooling ${poolSize.toLocaleString("en")} stored segments (summarizeEffort): median ${percentile(poolTimes, 50).toFixed(1)} ms, max ${poolTimes.at(-1)?.toFixed(1)} ms`,
);
