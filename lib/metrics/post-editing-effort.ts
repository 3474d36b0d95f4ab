// How much work the machine left, per segment and per text: HTER and chrF between the machine text (as the
// hypothesis) and the target text, current or published (as the reference), with sacreBLEU's default options, plus whether the segment
// was left as the machine wrote it. Each segment keeps the integer counts its figures come from, so a post, an
// engine or a whole year is scored by adding stored counts (sacreBLEU's corpus level), never by averaging scores.

import { countChrfStatistics, scoreChrfStatistics, sumChrfStatistics } from "./chrf";
import { countTerStatistics, sumTerStatistics, type TerStatistics, terRatio } from "./ter";
import { isUntouchedSegment } from "./untouched-mt";

export type SegmentTexts = { mtText: string; targetText: string };

/** The figures of one segment and the counts to store for aggregation. */
export type SegmentEffort = {
  /** TER edits per final-text word (0 = untouched; 1 = as many edits as words; can exceed 1). */
  hter: number;
  /** chrF on sacreBLEU's 0–100 scale (100 = identical characters). */
  chrf: number;
  /** The final text is the machine text, whitespace aside. */
  untouched: boolean;
  /** TER counts: edits, and the final text's words (the denominator). */
  ter: TerStatistics;
  /** chrF counts, 18 integers: [machine n-grams, final n-grams, matches] for n = 1..6. */
  chrfStatistics: number[];
};

/** Figures of several segments pooled as sacreBLEU's corpus level does. */
export type EffortSummary = {
  hter: number;
  chrf: number;
  segments: number;
  untouchedSegments: number;
  /** untouchedSegments / segments; 0 for no segments. */
  untouchedShare: number;
  ter: TerStatistics;
  chrfStatistics: number[];
};

export function measureSegmentEffort(segment: SegmentTexts): SegmentEffort {
  const ter = countTerStatistics(segment.mtText, segment.targetText);
  const chrfStatistics = countChrfStatistics(segment.mtText, segment.targetText);
  return {
    hter: terRatio(ter),
    chrf: scoreChrfStatistics(chrfStatistics),
    untouched: isUntouchedSegment(segment),
    ter,
    chrfStatistics,
  };
}

/** Pools stored segment figures (of one post, one engine, one period…): summed counts, then scored. */
export function summarizeEffort(
  segments: readonly Pick<SegmentEffort, "ter" | "chrfStatistics" | "untouched">[],
): EffortSummary {
  const ter = sumTerStatistics(segments.map((s) => s.ter));
  const chrfStatistics =
    segments.length === 0 ? new Array(18).fill(0) : sumChrfStatistics(segments.map((s) => s.chrfStatistics));
  const untouchedSegments = segments.filter((s) => s.untouched).length;
  return {
    hter: terRatio(ter),
    chrf: scoreChrfStatistics(chrfStatistics),
    segments: segments.length,
    untouchedSegments,
    untouchedShare: segments.length === 0 ? 0 : untouchedSegments / segments.length,
    ter,
    chrfStatistics,
  };
}

/** Figures of a whole text: each segment's, and the text's as sacreBLEU's corpus level. */
export function measurePostEffort(segments: readonly SegmentTexts[]): {
  segments: SegmentEffort[];
  summary: EffortSummary;
} {
  const measured = segments.map(measureSegmentEffort);
  return { segments: measured, summary: summarizeEffort(measured) };
}
