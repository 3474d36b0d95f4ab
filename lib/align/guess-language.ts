import { detectLanguage } from "@/lib/languages/detect-language";

// The language of a side the caller did not name (the number-word anchors, the lexicon and the length prior need
// one), by the same detector the import uses; undefined when the text does not say clearly.
const SAMPLE_UNITS = 300;
const MIN_CONFIDENCE = 0.6;

export function guessLanguage(units: readonly string[]): string | undefined {
  const detected = detectLanguage(units.slice(0, SAMPLE_UNITS).join("\n"));
  return detected && detected.confidence >= MIN_CONFIDENCE ? detected.lang : undefined;
}
