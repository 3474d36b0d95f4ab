// Reads the labelled QA accuracy set (bench/qa-gold/*.jsonl, format in README.md).

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const GoldLabel = z.object({
  check: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

const GoldSegment = z.object({
  id: z.string(),
  post: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  source: z.string(),
  target: z.string(),
  expected: z.array(GoldLabel),
});

export type GoldLabel = z.infer<typeof GoldLabel>;
export type GoldSegment = z.infer<typeof GoldSegment>;

export const GOLD_DIRECTORY = fileURLToPath(new URL(".", import.meta.url));

export function readGoldSet(directory = GOLD_DIRECTORY): GoldSegment[] {
  const segments: GoldSegment[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()) {
    const lines = readFileSync(`${directory}/${file}`, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const parsed = GoldSegment.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      segments.push(parsed.data);
    });
  }
  return segments;
}

/** Segments grouped by post, in file order, so post-level checks see their neighbours. */
export function groupByPost(segments: GoldSegment[]): GoldSegment[][] {
  const posts = new Map<string, GoldSegment[]>();
  for (const segment of segments) {
    const post = posts.get(segment.post);
    if (post) post.push(segment);
    else posts.set(segment.post, [segment]);
  }
  return [...posts.values()];
}
