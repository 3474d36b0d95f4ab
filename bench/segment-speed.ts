// Sentence segmentation speed: 10,000 sentences (~250k words, with inline tags) in English and French.
// Goal: well under 1 s. Run: npx tsx bench/segment-speed.ts
import { readFileSync } from "node:fs";
import { segmentSentenceSpans, segmentSentences } from "@/lib/text/segment-sentences";

for (const [lang, file] of [
  ["en", "en.source.txt"],
  ["fr", "fr.machine.txt"],
] as const) {
  const seed = readFileSync(new URL(`../fixtures/seed-post/${file}`, import.meta.url), "utf8");
  const sentences = segmentSentences(seed, lang);
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const placeholder = i % 3 === 0 ? "{1}" : "";
    parts.push(`${placeholder}${sentences[i % sentences.length]}${placeholder && "{/1}"}`, i % 8 === 7 ? "\n\n" : " ");
  }
  const text = parts.join("");
  const coldStart = performance.now();
  let spans = segmentSentenceSpans(text, lang);
  const cold = performance.now() - coldStart;
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    spans = segmentSentenceSpans(text, lang);
    best = Math.min(best, performance.now() - started);
  }
  const words = text.split(/\s+/).length;
  console.log(
    `segment ${lang}: ${spans.length} sentences, ${words} words — cold ${cold.toFixed(0)} ms, warm best of 3 ${best.toFixed(0)} ms`,
  );
}
