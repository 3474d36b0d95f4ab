// Speed bench: align a 10,000-sentence synthetic pair (deterministic merges, splits, drops,
// additions) and print the time, in process and through the CLI; compare with hunalign on the
// same files when installed.
// Run: npx tsx bench/align-speed.ts [sentences]
import { spawnSync } from "node:child_process";
import { alignUnits } from "../lib/align/align-units";
import { fromLadder } from "../lib/align/from-ladder";
import { scoreBeads } from "../lib/align/score-beads";
import { loadGoldSet, parseLadder } from "./align-gold/read-gold";
import { generateLongSet } from "./align-long";
import { generateSyntheticPair } from "./align-synthetic";
import { findHunalign, runHunalign, withSentenceFiles } from "./run-hunalign";

const sentences = Number(process.argv[2] ?? 10_000);
const { src, tgt, gold } = generateSyntheticPair(sentences, 42);
console.log(`synthetic pair: ${src.length} source / ${tgt.length} target sentences`);

const times: number[] = [];
let f1 = 0;
for (let run = 0; run < 4; run++) {
  const start = performance.now();
  const beads = alignUnits(src, tgt);
  times.push(performance.now() - start);
  f1 = scoreBeads(beads, gold).f1;
}
console.log(
  `alignUnits: first run ${times[0].toFixed(0)} ms, best of next 3 ${Math.min(...times.slice(1)).toFixed(0)} ms, bead F1 ${f1.toFixed(4)}`,
);

// The CLI as a user runs it (`npm run --silent align -- SRC TGT`), process start-up included, like hunalign's.
withSentenceFiles(src, tgt, ({ srcFile, tgtFile }) => {
  const start = performance.now();
  const cli = spawnSync("npm", ["run", "--silent", "align", "--", srcFile, tgtFile], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const elapsed = performance.now() - start;
  if (cli.status !== 0) console.log(`npm run align: failed (${cli.stderr.trim().split("\n").at(-1)})`);
  else {
    const cliF1 = scoreBeads(fromLadder(parseLadder(cli.stdout)), gold).f1;
    console.log(`npm run align (process, incl. start-up): ${elapsed.toFixed(0)} ms, bead F1 ${cliF1.toFixed(4)}`);
  }
});

const hunalign = findHunalign();
if (hunalign === null) {
  console.log("hunalign: not installed, skipped (not packaged by Debian bookworm; build it from source to compare)");
} else {
  for (const extra of [[], ["-realign"]]) {
    const run = runHunalign(hunalign, src, tgt, extra);
    console.log(
      `${["hunalign", ...extra].join(" ")} (process, incl. start-up): ${run.ms.toFixed(0)} ms, bead F1 ${scoreBeads(run.beads, gold).f1.toFixed(4)}`,
    );
  }
}

// A 6,500-sentence book (bench/align-long.ts: lowercased tokenised English, a target outside the lexicon,
// omitted and added passages) through the CLI, languages guessed, beside hunalign on the same files.
const [book] = generateLongSet(loadGoldSet(), "tuning");
console.log(`\nbook: ${book.src.length} source / ${book.tgt.length} target sentences`);
withSentenceFiles(book.src, book.tgt, ({ srcFile, tgtFile }) => {
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    const cli = spawnSync("npm", ["run", "--silent", "align", "--", srcFile, tgtFile], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const elapsed = performance.now() - start;
    const f1 = cli.status === 0 ? scoreBeads(fromLadder(parseLadder(cli.stdout)), book.gold).f1.toFixed(4) : "failed";
    console.log(`npm run align on the book (process, incl. start-up): ${elapsed.toFixed(0)} ms, bead F1 ${f1}`);
  }
});
if (hunalign !== null) {
  for (const extra of [[], ["-realign"]]) {
    const run = runHunalign(hunalign, book.src, book.tgt, extra);
    console.log(
      `${["hunalign", ...extra].join(" ")} on the book (process, incl. start-up): ${run.ms.toFixed(0)} ms, bead F1 ${scoreBeads(run.beads, book.gold).f1.toFixed(4)}`,
    );
  }
}
