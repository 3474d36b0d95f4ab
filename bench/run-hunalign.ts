// hunalign (Varga et al. 2005), the reference sentence aligner, on the same sentence-per-line files as ours;
// used by the benches when a `hunalign` binary is on PATH (Debian bookworm does not package it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bead } from "../lib/align/align-units";
import { fromLadder } from "../lib/align/from-ladder";
import { parseLadder } from "./align-gold/read-gold";

export function findHunalign(): string | null {
  const which = spawnSync("sh", ["-c", "command -v hunalign"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() !== "" ? which.stdout.trim() : null;
}

/** Writes both sides one sentence per line into a temporary folder, calls `use` with the paths, cleans up. */
export function withSentenceFiles<T>(
  src: readonly string[],
  tgt: readonly string[],
  use: (files: { srcFile: string; tgtFile: string; dir: string }) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), "align-files-"));
  try {
    const [srcFile, tgtFile] = ["src.txt", "tgt.txt"].map((name) => join(dir, name));
    writeFileSync(srcFile, `${src.join("\n")}\n`);
    writeFileSync(tgtFile, `${tgt.join("\n")}\n`);
    return use({ srcFile, tgtFile, dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs hunalign with an empty dictionary (as we use none); `extra` e.g. ["-realign"]. */
export function runHunalign(
  binary: string,
  src: readonly string[],
  tgt: readonly string[],
  extra: string[] = [],
): { beads: Bead[]; ms: number } {
  return withSentenceFiles(src, tgt, ({ srcFile, tgtFile, dir }) => {
    const dictFile = join(dir, "empty.dic");
    writeFileSync(dictFile, "");
    const start = performance.now();
    const run = spawnSync(binary, [...extra, dictFile, srcFile, tgtFile], { encoding: "utf8", maxBuffer: 1 << 28 });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`hunalign failed: ${run.stderr.trim().split("\n").at(-1)}`);
    return { beads: fromLadder(parseLadder(run.stdout)), ms };
  });
}
