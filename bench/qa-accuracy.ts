// Precision and recall of each QA check on the hand-labelled set in bench/qa-gold/.
// Usage: npx tsx bench/qa-accuracy.ts [--verbose]   (--verbose lists every miss and false alarm)

import "./support/server-condition";
import { ALL_CHECKS, runPostChecks } from "../lib/qa/run-checks";
import { loadSpellers } from "../lib/server/infrastructure/load-spellers";
import { groupByPost, readGoldSet } from "./qa-gold/read-gold-set";
import { addToScores, type CheckScore, scoreSegment } from "./qa-gold/score-findings";

const verbose = process.argv.includes("--verbose");
const gold = readGoldSet();
const scores = new Map<string, CheckScore>(
  ALL_CHECKS.map((check) => [check.id, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
);
let correctSegments = 0;
let flaggedCorrectSegments = 0;

for (const post of groupByPost(gold)) {
  const { sourceLang, targetLang } = post[0];
  const spellers = await loadSpellers(sourceLang, targetLang);
  const findings = runPostChecks(
    post.map((segment) => ({ id: segment.id, sourceText: segment.source, targetText: segment.target })),
    { sourceLang, targetLang, spellers },
  );
  for (const segment of post) {
    const found = findings.get(segment.id) ?? [];
    const score = scoreSegment(segment.expected, found);
    addToScores(scores, score);
    if (segment.expected.length === 0) {
      correctSegments++;
      if (found.length > 0) flaggedCorrectSegments++;
    }
    if (!verbose) continue;
    for (const label of score.missed) console.log(`MISS  ${segment.id} ${label.check} ${JSON.stringify(label.text)}`);
    for (const finding of score.spurious) {
      const text = segment.target.slice(finding.start, finding.end);
      console.log(`FALSE ${segment.id} ${finding.check} ${JSON.stringify(text)} — ${finding.message}`);
    }
  }
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "   –  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
const rows = [...scores.entries()];
const total = rows.reduce(
  (sum, [, s]) => ({
    truePositives: sum.truePositives + s.truePositives,
    falsePositives: sum.falsePositives + s.falsePositives,
    falseNegatives: sum.falseNegatives + s.falseNegatives,
  }),
  { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
);
console.log(`QA accuracy on ${gold.length} labelled segments (${correctSegments} with no error to find)\n`);
console.log("check              labels  found    TP   FP   FN  precision  recall");
for (const [check, s] of [...rows, ["ALL", total] as const]) {
  const labels = s.truePositives + s.falseNegatives;
  const found = s.truePositives + s.falsePositives;
  console.log(
    `${check.padEnd(18)} ${String(labels).padStart(6)} ${String(found).padStart(6)} ${String(s.truePositives).padStart(5)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${percent(s.truePositives, found).padStart(9)}  ${percent(s.truePositives, labels).padStart(6)}`,
  );
}
console.log(`\nCorrect segments with any finding: ${flaggedCorrectSegments} of ${correctSegments}`);
