// Time of all QA checks over a 400-segment post, so findings can refresh as the translator types.
// Usage: npx tsx bench/qa-speed.ts [--segments 400] [--runs 20]
// Dictionary loading is I/O done once per process: it is printed apart and not counted in the per-run figure.

import "./support/server-condition";
import { parseArgs } from "node:util";
import { runChecks, runPostChecks } from "../lib/qa/run-checks";
import { loadSpellers } from "../lib/server/infrastructure/load-spellers";
import { readGoldSet } from "./qa-gold/read-gold-set";

const { values } = parseArgs({
  options: { segments: { type: "string", default: "400" }, runs: { type: "string", default: "20" } },
});
const segmentCount = Number(values.segments);
const runs = Number(values.runs);

// A French post built from the labelled English→French segments (real MT errors included), repeated as needed;
// each repeat gets its own number so that texts differ and no cache sees the same segment twice
const french = readGoldSet().filter((segment) => segment.targetLang === "fr");
const segments = Array.from({ length: segmentCount }, (_, i) => {
  const base = french[i % french.length];
  const round = Math.floor(i / french.length);
  const suffix = round === 0 ? "" : ` (${round})`;
  return { id: String(i), sourceText: base.source + suffix, targetText: base.target + suffix };
});
const words = segments.reduce((sum, segment) => sum + segment.targetText.split(/\s+/).length, 0);

const loadStart = performance.now();
const spellers = await loadSpellers("en", "fr");
const loadMs = performance.now() - loadStart;
const ctx = { sourceLang: "en", targetLang: "fr", spellers };

const coldStart = performance.now();
const findings = runPostChecks(segments, ctx);
const coldMs = performance.now() - coldStart;

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  // A new segments array per run, as the editor would send, so the post index is rebuilt every time
  const copy = segments.map((segment) => ({ ...segment }));
  const start = performance.now();
  runPostChecks(copy, ctx);
  times.push(performance.now() - start);
}
console.log("runs:", times.map((t) => t.toFixed(0)).join(" "));
times.sort((a, b) => a - b);

const one = segments[7];
const keystrokeStart = performance.now();
for (let i = 0; i < 100; i++)
  runChecks(one.sourceText, `${one.targetText} x${i}`, { ...ctx, post: { segments }, segmentId: one.id });
const keystrokeMs = (performance.now() - keystrokeStart) / 100;

const total = [...findings.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`dictionaries (en + fr) loaded in ${loadMs.toFixed(0)} ms (once per process, not counted below)`);
console.log(`post: ${segmentCount} segments, ${words} target words, ${total} findings`);
console.log(`first run (empty spelling cache): ${coldMs.toFixed(1)} ms`);
console.log(
  `next ${runs} runs: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
);
console.log(`one segment re-checked (a keystroke): ${keystrokeMs.toFixed(2)} ms`);
console.log(coldMs < 200 ? "OK: under the 200 ms budget" : "OVER the 200 ms budget");
