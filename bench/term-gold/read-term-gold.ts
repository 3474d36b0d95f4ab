// Reads the term-matching gold set (bench/term-gold/, format in README.md).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { TermEntry } from "../../lib/terms/term-entry";
import { readTermbaseCsv } from "../../lib/terms/termbase-csv";

const GoldMatch = z.object({
  side: z.enum(["source", "target"]),
  term: z.string(),
  kind: z.enum(["source", "preferred", "forbidden"]),
  surface: z.string(),
});

const GoldCase = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  matches: z.array(GoldMatch),
  traps: z.array(z.object({ side: z.enum(["source", "target"]), text: z.string() })).optional(),
});

export type GoldMatch = z.infer<typeof GoldMatch>;
export type GoldCase = z.infer<typeof GoldCase>;
export type GoldPart = "tuning" | "held-out";

const DIRECTORY = fileURLToPath(new URL(".", import.meta.url));

/** The termbase through Retouche's own CSV reader: the bench also proves it reads a file written elsewhere. */
export function readGoldTermbase(): TermEntry[] {
  return readTermbaseCsv(readFileSync(`${DIRECTORY}/termbase.csv`, "utf8"));
}

export function readGoldCases(part: GoldPart): GoldCase[] {
  return readFileSync(`${DIRECTORY}/cases.${part}.jsonl`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = GoldCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`cases.${part}.jsonl line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
