import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLD_DIR } from "../../bench/align-gold/read-gold";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(GOLD_DIR, "seed-fr", "source.txt");
const TGT = join(GOLD_DIR, "seed-fr", "target.txt");

function runAlign(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "align.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("align CLI (scripts/align.ts)", () => {
  it("prints the ladder and nothing else: first 0 0, last n m", () => {
    const run = runAlign(SRC, TGT);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^\d+\t\d+\t\d+(\.\d+)?$/);
    expect(lines[0]).toMatch(/^0\t0\t/);
    expect(lines.at(-1)).toMatch(/^45\t48\t/);
  });

  it("prints { beads, ladder } with --json", () => {
    const run = runAlign("--json", SRC, TGT, "--src-lang", "en", "--tgt-lang", "fr");
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.beads[0]).toEqual({ src: [0], tgt: [0], confidence: expect.any(Number) });
    expect(parsed.ladder.at(-1).slice(0, 2)).toEqual([45, 48]);
  });

  it("fails with a one-line message on stderr", () => {
    const missing = runAlign(SRC, "/nonexistent/tgt.txt");
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/^align: cannot read \/nonexistent\/tgt\.txt: no such file\n$/);

    const dir = mkdtempSync(join(tmpdir(), "align-cli-"));
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
    const refused = runAlign(SRC, binary);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr.trimEnd().split("\n")).toHaveLength(1);

    const usage = runAlign(SRC);
    expect(usage.status).not.toBe(0);
    expect(usage.stderr).toMatch(/^align: usage:/);
  });
});
