// npm run --silent metrics -- --mt MT.txt --final FINAL.txt [--json]
// Two files with one segment per line (line n of FINAL is the post-edited line n of MT). Prints HTER (TER edits
// per final-text word) and chrF (0–100, as sacreBLEU prints it) per segment and for the whole text, computed as
// sacreBLEU does with its default options; the whole text is pooled (sacreBLEU's corpus level), not averaged.
// With --json: {"segments": [{"hter", "chrf"}...], "hter", "chrf"}. Errors: one line on stderr, exit 1 (2: usage).

import { parseArgs } from "node:util";
import { measurePostEffort } from "../lib/metrics/post-editing-effort";
import { readLineFile } from "./read-line-file";

const USAGE = "usage: npm run --silent metrics -- --mt MT.txt --final FINAL.txt [--json]";

function fail(message: string, code: number): never {
  process.stderr.write(`metrics: ${message}\n`);
  process.exit(code);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: { mt: { type: "string" }, final: { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (error) {
    fail(`${(error as Error).message.split("\n")[0]} (${USAGE})`, 2);
  }
}

function readSegments(path: string): string[] {
  try {
    return readLineFile(path);
  } catch (error) {
    fail((error as Error).message, 1);
  }
}

const { values } = parseCommandLine();
if (!values.mt || !values.final) fail(`--mt and --final are required (${USAGE})`, 2);

const mtLines = readSegments(values.mt);
const finalLines = readSegments(values.final);
if (mtLines.length === 0) fail(`${values.mt} is empty: expected one segment per line`, 1);
if (mtLines.length !== finalLines.length) {
  fail(`line count mismatch: ${values.mt} has ${mtLines.length} lines, ${values.final} has ${finalLines.length}`, 1);
}

const { segments, summary } = measurePostEffort(mtLines.map((mtText, i) => ({ mtText, targetText: finalLines[i] })));

if (values.json) {
  const output = {
    segments: segments.map((s) => ({ hter: s.hter, chrf: s.chrf })),
    hter: summary.hter,
    chrf: summary.chrf,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} else {
  const width = String(segments.length).length;
  const lines = [`${"#".padStart(width)}   HTER    chrF`];
  segments.forEach((s, i) => {
    const mark = s.untouched ? "  untouched" : "";
    lines.push(
      `${String(i + 1).padStart(width)}  ${s.hter.toFixed(3).padStart(5)}  ${s.chrf.toFixed(2).padStart(6)}${mark}`,
    );
  });
  lines.push(
    `whole text: HTER ${summary.hter.toFixed(3)}, chrF ${summary.chrf.toFixed(2)} ` +
      `(${summary.segments} segments, ${summary.untouchedSegments} untouched)`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}
