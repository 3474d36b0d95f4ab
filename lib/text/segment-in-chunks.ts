type ChunkSegment = { segment: string; index: number; isWordLike: boolean | undefined };

const WHITESPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `segmenter.segment(text)` with indexes into `text`, fed to ICU in pieces of about `chunkSize` characters.
 * Why: V8's segment iterator costs time proportional to the input length per step (2 s for 200k characters),
 * so one long text is quadratic. Pieces start at a letter or digit after whitespace: always a word boundary, and
 * a position the sentence segmenter's own rules judge anyway (each piece's start is yielded as a segment start).
 * Only text with no whitespace for twice `chunkSize` (e.g. long CJK runs) is cut blindly, between two code points.
 */
export function* segmentInChunks(segmenter: Intl.Segmenter, text: string, chunkSize: number): Generator<ChunkSegment> {
  let offset = 0;
  while (offset < text.length) {
    const end = findChunkEnd(text, offset, chunkSize);
    for (const { segment, index, isWordLike } of segmenter.segment(text.slice(offset, end))) {
      yield { segment, index: index + offset, isWordLike };
    }
    offset = end;
  }
}

/** The first cut point after offset + chunkSize, else the last one before it, else a blind cut. */
function findChunkEnd(text: string, offset: number, chunkSize: number): number {
  const target = offset + chunkSize;
  if (target >= text.length) return text.length;
  const limit = Math.min(text.length, target + chunkSize);
  for (let cut = target; cut < limit; cut++) if (isCutPoint(text, cut)) return cut;
  if (limit === text.length) return text.length;
  for (let cut = target - 1; cut > offset; cut--) if (isCutPoint(text, cut)) return cut;
  const high = text.charCodeAt(target - 1);
  return high >= 0xd800 && high <= 0xdbff ? target + 1 : target;
}

function isCutPoint(text: string, position: number): boolean {
  return WHITESPACE.test(text[position - 1]) && LETTER_OR_DIGIT.test(text[position]);
}
