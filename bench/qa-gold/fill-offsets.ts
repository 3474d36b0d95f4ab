// Authoring aid: fills in "start" and "end" of labels written with only "text" (and, when the text occurs
// more than once, "occurrence": 0-based, -1 for the last; "*" as text means the whole segment).
// Usage: npx tsx bench/qa-gold/fill-offsets.ts bench/qa-gold/en-fr.jsonl

import { readFileSync, writeFileSync } from "node:fs";

type DraftLabel = { check: string; text: string; occurrence?: number; start?: number; end?: number };

function locate(target: string, label: DraftLabel): { start: number; end: number } {
  if (label.text === "*") {
    const start = target.length - target.trimStart().length;
    return { start, end: target.trimEnd().length };
  }
  const positions: number[] = [];
  for (let at = target.indexOf(label.text); at >= 0; at = target.indexOf(label.text, at + 1)) positions.push(at);
  const occurrence = label.occurrence ?? 0;
  const start = positions[occurrence < 0 ? positions.length + occurrence : occurrence];
  if (start === undefined) throw new Error(`"${label.text}" (occurrence ${occurrence}) is not in: ${target}`);
  return { start, end: start + label.text.length };
}

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: npx tsx bench/qa-gold/fill-offsets.ts FILE.jsonl\n");
  process.exit(2);
}
const lines = readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
const filled = lines.map((line) => {
  const row = JSON.parse(line) as { target: string; expected: DraftLabel[] };
  row.expected = row.expected.map((label) => {
    if (label.start !== undefined && label.end !== undefined) return label;
    const { start, end } = locate(row.target, label);
    return { check: label.check, start, end, text: row.target.slice(start, end) };
  });
  return JSON.stringify(row);
});
writeFileSync(path, `${filled.join("\n")}\n`);
