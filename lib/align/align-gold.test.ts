import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GOLD_DIR,
  listGoldPairIds,
  loadGoldSet,
  parseBeadFile,
  renderGoldFiles,
} from "../../bench/align-gold/read-gold";
import { alignUnits } from "./align-units";
import { scoreBeads, summarizeCounts } from "./score-beads";

// Regression guard: the gold set (bench/align-gold) must stay well aligned.
describe("gold set", () => {
  const pairs = loadGoldSet();

  it("has at least 6 MT pairs and a literary pair", () => {
    expect(pairs.filter((p) => p.kind === "mt").length).toBeGreaterThanOrEqual(6);
    expect(pairs.some((p) => p.kind === "literary")).toBe(true);
  });

  it("keeps source.txt, target.txt and gold.ladder in sync with beads.txt", () => {
    for (const id of listGoldPairIds()) {
      const folder = join(GOLD_DIR, id);
      const rendered = renderGoldFiles(parseBeadFile(readFileSync(join(folder, "beads.txt"), "utf8")));
      expect(readFileSync(join(folder, "source.txt"), "utf8"), id).toBe(rendered.source);
      expect(readFileSync(join(folder, "target.txt"), "utf8"), id).toBe(rendered.target);
      expect(readFileSync(join(folder, "gold.ladder"), "utf8"), id).toBe(rendered.ladder);
    }
  });

  it("is aligned with bead F1 >= 0.98 on MT pairs and >= 0.96 on literary ones", () => {
    const totals = { mt: [0, 0, 0], literary: [0, 0, 0] };
    for (const pair of pairs) {
      const beads = alignUnits(pair.src, pair.tgt, { srcLang: pair.srcLang, tgtLang: pair.tgtLang });
      const score = scoreBeads(beads, pair.gold);
      const t = totals[pair.kind];
      t[0] += score.correct;
      t[1] += score.predicted;
      t[2] += score.gold;
    }
    expect(summarizeCounts(totals.mt[0], totals.mt[1], totals.mt[2]).f1).toBeGreaterThanOrEqual(0.98);
    expect(summarizeCounts(totals.literary[0], totals.literary[1], totals.literary[2]).f1).toBeGreaterThanOrEqual(0.96);
  });
});
