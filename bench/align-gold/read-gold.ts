import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bead } from "../../lib/align/align-units";
import { fromLadder } from "../../lib/align/from-ladder";
import { toLadder } from "../../lib/align/to-ladder";

export type GoldKind = "mt" | "literary";

export type GoldPair = {
  id: string;
  kind: GoldKind;
  srcLang: string;
  tgtLang: string;
  src: string[];
  tgt: string[];
  gold: Bead[];
  // written after the aligner's parameters were chosen: never used for tuning
  heldOut: boolean;
};

export type AuthoredPair = { meta: Record<string, string>; beads: Array<{ src: string[]; tgt: string[] }> };

export const GOLD_DIR = new URL(".", import.meta.url).pathname;

// beads.txt: "@ key: value" header lines, then beads separated by blank lines, each made of
// "> source sentence" and "< target sentence" lines (see README.md).
export function parseBeadFile(text: string): AuthoredPair {
  const meta: Record<string, string> = {};
  const beads: AuthoredPair["beads"] = [];
  let current: { src: string[]; tgt: string[] } | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith("@ ")) {
      const colon = line.indexOf(":");
      meta[line.slice(2, colon).trim()] = line.slice(colon + 1).trim();
    } else if (line.trim() === "") {
      current = null;
    } else if (line.startsWith("> ") || line.startsWith("< ")) {
      if (current === null) {
        current = { src: [], tgt: [] };
        beads.push(current);
      }
      if (line.startsWith(">")) {
        if (current.tgt.length > 0) throw new Error(`line ${index + 1}: source line after target lines in one bead`);
        current.src.push(line.slice(2));
      } else current.tgt.push(line.slice(2));
    } else if (!line.startsWith("#")) {
      throw new Error(`line ${index + 1}: expected "> ", "< ", "@ " or a blank line`);
    }
  });
  return { meta, beads };
}

// The three derived files: one sentence per line each side, and the gold ladder.
export function renderGoldFiles(pair: AuthoredPair): { source: string; target: string; ladder: string } {
  const src: string[] = [];
  const tgt: string[] = [];
  const beads: Bead[] = pair.beads.map((bead) => {
    const srcIdx = bead.src.map((line) => src.push(line) - 1);
    const tgtIdx = bead.tgt.map((line) => tgt.push(line) - 1);
    return { src: srcIdx, tgt: tgtIdx, confidence: 1 };
  });
  const ladder = toLadder(beads, src.length, tgt.length)
    .map(([i, j]) => `${i}\t${j}\t1`)
    .join("\n");
  return { source: `${src.join("\n")}\n`, target: `${tgt.join("\n")}\n`, ladder: `${ladder}\n` };
}

export function listGoldPairIds(dir = GOLD_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadGoldPair(id: string, dir = GOLD_DIR): GoldPair {
  const folder = join(dir, id);
  const { meta } = parseBeadFile(readFileSync(join(folder, "beads.txt"), "utf8"));
  const kind = meta.kind === "literary" ? "literary" : "mt";
  return {
    id,
    kind,
    srcLang: meta.src ?? "en",
    tgtLang: meta.tgt ?? "fr",
    src: readLines(join(folder, "source.txt")),
    tgt: readLines(join(folder, "target.txt")),
    gold: fromLadder(parseLadder(readFileSync(join(folder, "gold.ladder"), "utf8"))),
    heldOut: meta["held-out"] === "yes",
  };
}

export function loadGoldSet(dir = GOLD_DIR): GoldPair[] {
  return listGoldPairIds(dir).map((id) => loadGoldPair(id, dir));
}

// Accepts hunalign ladders with or without the score column.
export function parseLadder(text: string): number[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/).map(Number));
}

function readLines(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
