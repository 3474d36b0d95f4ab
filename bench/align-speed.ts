// Speed bench: align a 10,000-sentence synthetic pair (deterministic merges, splits, drops,
// additions) and print the time; compare with hunalign on the same files when installed.
// Run: npx tsx bench/align-speed.ts [sentences]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alignUnits } from "../lib/align/align-units";
import { fromLadder } from "../lib/align/from-ladder";
import { scoreBeads } from "../lib/align/score-beads";
import { parseLadder } from "./align-gold/read-gold";
import { generateSyntheticPair } from "./align-synthetic";

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

const which = spawnSync("sh", ["-c", "command -v hunalign"], { encoding: "utf8" });
const hunalign = which.stdout.trim();
if (which.status !== 0 || hunalign === "") {
  console.log("hunalign: not installed, skipped (Debian: apt-get install hunalign, where available)");
} else {
  const dir = mkdtempSync(join(tmpdir(), "align-speed-"));
  try {
    const [srcFile, tgtFile, dictFile] = ["src.txt", "tgt.txt", "empty.dic"].map((name) => join(dir, name));
    writeFileSync(srcFile, `${src.join("\n")}\n`);
    writeFileSync(tgtFile, `${tgt.join("\n")}\n`);
    writeFileSync(dictFile, "");
    const start = performance.now();
    const run = spawnSync(hunalign, ["-utf", dictFile, srcFile, tgtFile], { encoding: "utf8", maxBuffer: 1 << 28 });
    const elapsed = performance.now() - start;
    if (run.status !== 0) console.log(`hunalign: failed (${run.stderr.trim().split("\n").at(-1)})`);
    else {
      const hunalignF1 = scoreBeads(fromLadder(parseLadder(run.stdout)), gold).f1;
      console.log(`hunalign: ${elapsed.toFixed(0)} ms (process, incl. start-up), bead F1 ${hunalignF1.toFixed(4)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
