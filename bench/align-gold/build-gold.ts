// Regenerates source.txt, target.txt and gold.ladder of every pair from its beads.txt.
// `--check` only verifies they are up to date (exit 1 otherwise).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GOLD_DIR, listGoldPairIds, parseBeadFile, renderGoldFiles } from "./read-gold";

const checkOnly = process.argv.includes("--check");
let stale = 0;
for (const id of listGoldPairIds()) {
  const folder = join(GOLD_DIR, id);
  const rendered = renderGoldFiles(parseBeadFile(readFileSync(join(folder, "beads.txt"), "utf8")));
  const files: Array<[string, string]> = [
    ["source.txt", rendered.source],
    ["target.txt", rendered.target],
    ["gold.ladder", rendered.ladder],
  ];
  for (const [name, content] of files) {
    const path = join(folder, name);
    const current = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (current === content) continue;
    stale++;
    if (checkOnly) console.error(`${id}/${name} is out of date`);
    else writeFileSync(path, content);
  }
}
if (checkOnly && stale > 0) process.exit(1);
console.log(checkOnly ? "gold files up to date" : `gold files written (${stale} changed)`);
