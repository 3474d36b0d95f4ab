// npm run --silent align -- SRC.txt TGT.txt [--json] [--src-lang en] [--tgt-lang fr] [--max-bead-size 3]
// One unit (sentence) per line in; hunalign-style ladder out ("i<TAB>j<TAB>score" per rung,
// first "0 0", last "n m"), or with --json { "beads": [...], "ladder": [...] }.
// Errors: exit code 1 (2 for bad usage) and a one-line message on stderr.
import { readFileSync } from "node:fs";
import { alignUnits } from "../lib/align/align-units";
import { toLadder } from "../lib/align/to-ladder";

const USAGE = "usage: align SRC.txt TGT.txt [--json] [--src-lang xx] [--tgt-lang xx] [--max-bead-size N]";
const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Args = { files: string[]; json: boolean; srcLang?: string; tgtLang?: string; maxBeadSize?: number };

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const value = () => {
      const next = argv[++k];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--json") args.json = true;
    else if (arg === "--src-lang") args.srcLang = value();
    else if (arg === "--tgt-lang") args.tgtLang = value();
    else if (arg === "--max-bead-size") {
      const size = Number(value());
      if (!Number.isInteger(size) || size < 1 || size > 8) throw new UsageError("--max-bead-size must be 1..8");
      args.maxBeadSize = size;
    } else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length !== 2) throw new UsageError(USAGE);
  return args;
}

function readUnits(path: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}${code === "ENOENT" ? ": no such file" : code ? ` (${code})` : ""}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new Error(`${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (bytes.includes(0)) throw new Error(`${path} looks like a binary file, expected text with one sentence per line`);
  const lines = bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const src = readUnits(args.files[0]);
  const tgt = readUnits(args.files[1]);
  const beads = alignUnits(src, tgt, { srcLang: args.srcLang, tgtLang: args.tgtLang, maxBeadSize: args.maxBeadSize });
  const ladder = toLadder(beads, src.length, tgt.length);
  const output = args.json
    ? JSON.stringify({ beads, ladder })
    : ladder.map(([i, j, score]) => `${i}\t${j}\t${score}`).join("\n");
  process.stdout.write(`${output}\n`);
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`align: ${message.split("\n")[0]}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
