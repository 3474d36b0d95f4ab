// Reads the translation-memory ranking gold set (bench/tm-gold/, format in README.md).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const MemoryEntry = z.object({
  id: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  source: z.string(),
  target: z.string(),
});

const Query = z.object({
  id: z.string(),
  query: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  best: z.string().nullable(),
  acceptable: z.array(z.string()).optional(),
  why: z.string(),
  category: z.string(),
});

export type GoldMemoryEntry = z.infer<typeof MemoryEntry>;
export type GoldQuery = z.infer<typeof Query>;
export type GoldPart = "tuning" | "held-out";

const DIRECTORY = fileURLToPath(new URL(".", import.meta.url));

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(`${DIRECTORY}/${file}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export const readGoldMemory = () => readJsonLines("memory.jsonl", MemoryEntry);
export const readGoldQueries = (part: GoldPart) => readJsonLines(`queries.${part}.jsonl`, Query);
