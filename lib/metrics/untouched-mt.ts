// How much of a post is still the machine's text, measured the way Wikipedia's Content Translation does:
// per segment, the tokens (whitespace-separated words) that survive from the MT in the same order — their
// longest common subsequence — over the larger of the two token counts, so that deleting MT text counts as a
// change too. The post figure adds the segments' token counts, so long segments weigh more.

export type UntouchedMt = { ratio: number; untouchedTokens: number; totalTokens: number };

export function measureUntouchedMt(segments: { mtText: string; targetText: string }[]): UntouchedMt {
  let untouchedTokens = 0;
  let totalTokens = 0;
  for (const segment of segments) {
    const machine = tokenise(segment.mtText);
    const target = tokenise(segment.targetText);
    totalTokens += Math.max(machine.length, target.length);
    untouchedTokens += segment.mtText === segment.targetText ? machine.length : countCommonSubsequence(machine, target);
  }
  return { ratio: totalTokens === 0 ? 0 : untouchedTokens / totalTokens, untouchedTokens, totalTokens };
}

/** The translator left the segment as the machine wrote it (whitespace differences aside). */
export function isUntouchedSegment(segment: { mtText: string; targetText: string }): boolean {
  if (segment.mtText === segment.targetText) return true;
  const machine = tokenise(segment.mtText);
  const target = tokenise(segment.targetText);
  return machine.length === target.length && machine.every((token, i) => token === target[i]);
}

function tokenise(text: string): string[] {
  return text.match(/\S+/gu) ?? [];
}

/** Length of the longest common subsequence, in O(m·n) time and O(n) memory. */
function countCommonSubsequence(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
