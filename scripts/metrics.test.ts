// The command line (scripts/metrics.ts) end to end through real files: both output formats, and each error.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = new URL("./metrics.ts", import.meta.url).pathname;
const ORACLE_DIR = new URL("../bench/metrics-oracle/", import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), "metrics-cli-"));
const write = (name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

async function metrics(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", SCRIPT, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// What sacreBLEU 2.6.0 itself computed for the same two files (bench/metrics-oracle)
const oracle = JSON.parse(readFileSync(join(ORACLE_DIR, "sacrebleu-2.6.0-cases.json"), "utf8"));
const seedPost = oracle.groups.find((g: { name: string }) => g.name === "seed-post");
const MT = join(ORACLE_DIR, "seed-post.mt.txt");
const FINAL = join(ORACLE_DIR, "seed-post.final.txt");

describe("metrics command line", () => {
  it("prints one JSON object with per-segment and whole-text HTER and chrF, equal to sacreBLEU's", async () => {
    const { code, stdout, stderr } = await metrics("--mt", MT, "--final", FINAL, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(["segments", "hter", "chrf"]);
    expect(output.segments).toHaveLength(18);
    output.segments.forEach((segment: { hter: number; chrf: number }, i: number) => {
      expect(Object.keys(segment)).toEqual(["hter", "chrf"]);
      expect(segment.hter).toBeCloseTo(seedPost.pairs[i].ter.score / 100, 12);
      expect(segment.chrf).toBeCloseTo(seedPost.pairs[i].chrf, 9);
    });
    expect(output.hter).toBeCloseTo(seedPost.corpus.ter.score / 100, 12);
    expect(output.chrf).toBeCloseTo(seedPost.corpus.chrf, 9);
    expect(output.chrf).toBeGreaterThan(1); // the 0–100 scale, as sacreBLEU prints chrF
  }, 60_000);

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await metrics("--mt", MT, "--final", FINAL);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/HTER\s+chrF/);
    expect(lines).toHaveLength(1 + 18 + 1);
    expect(lines[6]).toMatch(/^ 6\s+0\.000\s+100\.00\s+untouched$/);
    expect(lines.at(-1)).toBe(
      `whole text: HTER ${(seedPost.corpus.ter.score / 100).toFixed(3)}, chrF ${seedPost.corpus.chrf.toFixed(2)} (18 segments, 4 untouched)`,
    );
  }, 60_000);

  it("reads CRLF files with a byte-order mark and keeps empty lines as segments", async () => {
    const mt = write("bom.mt.txt", "\uFEFFLe chat dort.\r\n\r\nIl pleut .\r\n");
    const final = write("bom.final.txt", "Le chat dort.\n\nIl pleut.\n");
    const { code, stdout } = await metrics("--mt", mt, "--final", final, "--json");
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.segments).toEqual([
      { hter: 0, chrf: 100 },
      { hter: 0, chrf: 0 }, // two empty lines: sacreBLEU's figures for an empty pair
      { hter: 1, chrf: expect.any(Number) },
    ]);
    // "Il pleut ." → "Il pleut.": a substitution and a deletion; the text has 3 + 0 + 2 final words
    expect(output.hter).toBeCloseTo(2 / 5, 12);
  }, 60_000);

  it("refuses files with different line counts, in one line, with a non-zero exit", async () => {
    const short = write("short.txt", "une ligne\n");
    const { code, stdout, stderr } = await metrics("--mt", MT, "--final", short);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`metrics: line count mismatch: ${MT} has 18 lines, ${short} has 1\n`);
  }, 60_000);

  it("names a missing file, a binary file and an empty file", async () => {
    const missing = join(directory, "missing.txt");
    expect(await metrics("--mt", missing, "--final", FINAL)).toMatchObject({
      code: 1,
      stderr: `metrics: no such file: ${missing}\n`,
    });
    const binary = write("binary.txt", Buffer.from([0x4c, 0x00, 0x01]));
    expect((await metrics("--mt", MT, "--final", binary)).stderr).toBe(
      `metrics: ${binary} looks like a binary file, not text with one segment per line\n`,
    );
    const empty = write("empty.txt", "");
    expect(await metrics("--mt", empty, "--final", empty)).toMatchObject({
      code: 1,
      stderr: `metrics: ${empty} is empty: expected one segment per line\n`,
    });
  }, 60_000);

  it("explains its usage when an option is missing or unknown", async () => {
    const missing = await metrics("--mt", MT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^metrics: --mt and --final are required \(usage: .*\)\n$/);
    const unknown = await metrics("--mt", MT, "--final", FINAL, "--bleu");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
