// Below this, an aligned pair is flagged in the editor for a volunteer to check (and counted at import).
export const LOW_CONFIDENCE = 0.5;

export function isLowConfidence(confidence: number): boolean {
  return confidence < LOW_CONFIDENCE;
}
