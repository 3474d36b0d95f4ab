// The command line (scripts/qa.ts) end to end: arguments, errors, and both output formats.

import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = new URL("../../scripts/qa.ts", import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), "qa-cli-"));
const write = (name: string, lines: string[]) => {
  const path = join(directory, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
};

async function qa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      "--conditions=react-server",
      "--import",
      "tsx",
      SCRIPT,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const source = write("en.txt", ["What can you do?", "", "Companies collect our data."]);
const target = write("es.txt", ["Qué puede hacer usted?", "", "Las empresas recopilan nuestros datos ."]);

describe("qa command line", () => {
  it("prints the findings as one JSON array", async () => {
    const { code, stdout } = await qa("--source-lang", "en", "--target-lang", "es", source, target, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        segment: 0,
        check: "typography",
        severity: "error",
        start: 21,
        end: 22,
        message: 'A Spanish sentence ending in "?" opens with "¿".',
        fix: null,
      },
      {
        segment: 2,
        check: "spacing",
        severity: "error",
        start: 37,
        end: 38,
        message: 'Space before ".": remove it.',
        fix: "",
      },
    ]);
  }, 60_000);

  it("prints a readable listing without --json", async () => {
    const { code, stdout } = await qa("--source-lang", "en", "--target-lang", "es", source, target);
    expect(code).toBe(0);
    expect(stdout).toContain('line 3, 37-38  error  spacing: Space before ".": remove it.');
    expect(stdout.trim().split("\n").at(-1)).toBe("2 findings (2 errors, 0 warnings) on 2 lines.");
  }, 60_000);

  it("fails with a one-line error on bad arguments, missing files and line count mismatch", async () => {
    const short = write("short.txt", ["Hola."]);
    const cases = [
      [["--target-lang", "es", source, target], /^qa: --source-lang and --target-lang are required/],
      [["--source-lang", "en", "--target-lang", "es", source], /^qa: expected 2 files, got 1/],
      [["--source-lang", "e n", "--target-lang", "es", source, target], /^qa: not a language code/],
      [["--source-lang", "en", "--target-lang", "es", "--colour", source, target], /^qa: Unknown option/],
      [["--source-lang", "en", "--target-lang", "es", join(directory, "nope.txt"), target], /^qa: no such file/],
      [
        ["--source-lang", "en", "--target-lang", "es", source, short],
        /^qa: line count mismatch: .* has 3 lines, .* has 1/,
      ],
    ] as const;
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await qa(...args);
      expect(code).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);
});
