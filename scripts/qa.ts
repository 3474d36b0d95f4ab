// npm run --silent qa -- --source-lang en --target-lang fr SRC TGT [--json]
// Two files with one segment per line (line n of SRC is translated by line n of TGT); prints the QA findings.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatFindingsAsText, toFindingRecords } from "../lib/qa/format-findings";
import { runPostChecks } from "../lib/qa/run-checks";
import { loadSpellers } from "../lib/server/infrastructure/load-spellers";

const USAGE = "usage: npm run --silent qa -- --source-lang en --target-lang fr SRC TGT [--json]";
const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function fail(message: string, code: number): never {
  process.stderr.write(`qa: ${message}\n`);
  process.exit(code);
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        "source-lang": { type: "string" },
        "target-lang": { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message.split("\n")[0]} (${USAGE})`, 2);
  }
}

function readLines(path: string): string[] {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path} (${code ?? (error as Error).message})`, 1);
  }
  if (content.includes(0)) fail(`${path} looks like a binary file, not text`, 1);
  const text = content.toString("utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

const { values, positionals } = parseCommandLine();
const sourceLang = values["source-lang"];
const targetLang = values["target-lang"];
if (!sourceLang || !targetLang) fail(`--source-lang and --target-lang are required (${USAGE})`, 2);
for (const lang of [sourceLang, targetLang]) {
  if (!LANGUAGE_CODE.test(lang)) fail(`not a language code: "${lang}" (expected e.g. en, fr, pt-BR)`, 2);
}
if (positionals.length !== 2) fail(`expected 2 files, got ${positionals.length} (${USAGE})`, 2);

const [sourcePath, targetPath] = positionals;
const sourceLines = readLines(sourcePath);
const targetLines = readLines(targetPath);
if (sourceLines.length !== targetLines.length) {
  fail(
    `line count mismatch: ${sourcePath} has ${sourceLines.length} lines, ${targetPath} has ${targetLines.length}`,
    1,
  );
}

const spellers = await loadSpellers(sourceLang, targetLang);
const segments = sourceLines.map((sourceText, i) => ({ id: String(i), sourceText, targetText: targetLines[i] }));
const findings = runPostChecks(segments, { sourceLang, targetLang, spellers });
const results = segments.map((segment, i) => ({
  segment: i,
  target: segment.targetText,
  findings: findings.get(segment.id) ?? [],
}));

process.stdout.write(
  values.json ? `${JSON.stringify(toFindingRecords(results))}\n` : `${formatFindingsAsText(results)}\n`,
);
