import { alignUnits, type Bead } from "@/lib/align/align-units";
import { checkTranslationPair } from "@/lib/align/check-pair";
import { detectLanguage } from "@/lib/languages/detect-language";
import { baseLanguage } from "@/lib/languages/get-language-profile";
import { stripPlaceholders } from "@/lib/text/placeholders";
import { segmentSentences } from "@/lib/text/segment-sentences";
import { IngestError } from "./ingest-error";
import type { DraftBlock, DraftSegment, PostDraft } from "./post-draft";
import type { ParsedBlock, ParsedDocument } from "./types";

export type BuildPostDraftOptions = {
  source: ParsedDocument;
  mt: ParsedDocument;
  sourceLang: string;
  targetLang: string;
  /** used when the source text gives none (e.g. the URL the source was fetched from) */
  sourceUrl?: string | null;
};

function plainText(blocks: ParsedBlock[]): string {
  return blocks.map((b) => stripPlaceholders(b.text)).join("\n\n");
}

function assertLanguage(blocks: ParsedBlock[], expected: string, side: "source" | "machine translation"): void {
  const detected = detectLanguage(plainText(blocks));
  if (detected && detected.confidence >= 0.6 && detected.lang !== baseLanguage(expected)) {
    throw new IngestError(
      "WRONG_LANGUAGE",
      `The ${side} looks like ${languageName(detected.lang)}, not ${languageName(expected)}.`,
    );
  }
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(baseLanguage(code)) ?? code;
  } catch {
    return code;
  }
}

function alignSentencesOf(
  sourceTexts: string[],
  targetTexts: string[],
  options: BuildPostDraftOptions,
  blockConfidence: number,
): DraftSegment[] {
  const src = sourceTexts.flatMap((t) => segmentSentences(t, options.sourceLang));
  const tgt = targetTexts.flatMap((t) => segmentSentences(t, options.targetLang));
  if (src.length === 0 && tgt.length === 0) return [];
  const beads = alignUnits(src, tgt, { srcLang: options.sourceLang, tgtLang: options.targetLang });
  return beads.map((bead) => ({
    sourceText: bead.src.map((i) => src[i]).join(" "),
    mtText: bead.tgt.map((i) => tgt[i]).join(" "),
    confidence: Math.min(blockConfidence, bead.confidence),
  }));
}

/**
 * Pairs a parsed source with its parsed machine translation: blocks are aligned first (n:m, so a duplicated title
 * or a paragraph the MT split still lines up), then sentences inside each group of aligned blocks.
 * The source keeps the structure (block kinds and inline tags); the MT fills the targets.
 * Throws IngestError when a side is in the wrong language or the two texts do not belong together.
 */
export function buildPostDraft(options: BuildPostDraftOptions): PostDraft {
  const { source, mt } = options;
  if (source.blocks.length === 0) throw new IngestError("NO_CONTENT", "The source has no text to translate.");
  if (mt.blocks.length === 0) throw new IngestError("NO_CONTENT", "The machine translation has no text.");
  assertLanguage(source.blocks, options.sourceLang, "source");
  assertLanguage(mt.blocks, options.targetLang, "machine translation");

  const srcTexts = source.blocks.map((b) => b.text);
  const mtTexts = mt.blocks.map((b) => b.text);
  const blockBeads: Bead[] = alignUnits(srcTexts, mtTexts, {
    srcLang: options.sourceLang,
    tgtLang: options.targetLang,
  });
  const verdict = checkTranslationPair(srcTexts, mtTexts, blockBeads, {
    srcLang: options.sourceLang,
    tgtLang: options.targetLang,
  });
  if (!verdict.ok) {
    throw new IngestError("MISMATCHED", `The source and the machine translation do not match: ${verdict.reason}`);
  }

  const blocks: DraftBlock[] = [];
  for (const bead of blockBeads) {
    const srcBlocks = bead.src.map((i) => source.blocks[i]);
    const mtBlocks = bead.tgt.map((i) => mt.blocks[i]);
    if (srcBlocks.length === 0) {
      // text the MT added (no source): keep it visible so a volunteer can delete or move it
      for (const block of mtBlocks) {
        blocks.push({
          kind: block.kind,
          tags: {},
          segments: alignSentencesOf([], [block.text], options, bead.confidence),
        });
      }
      continue;
    }
    if (srcBlocks.length === 1) {
      blocks.push({
        kind: srcBlocks[0].kind,
        tags: srcBlocks[0].tags,
        segments: alignSentencesOf(
          [srcBlocks[0].text],
          mtBlocks.map((b) => b.text),
          options,
          bead.confidence,
        ),
      });
      continue;
    }
    // several source blocks share their MT (the MT merged paragraphs): align the sentences of the whole group,
    // then give each segment to the block of its first source sentence
    const perBlock = srcBlocks.map((b) => segmentSentences(b.text, options.sourceLang).length);
    const segments = alignSentencesOf(
      srcBlocks.map((b) => b.text),
      mtBlocks.map((b) => b.text),
      options,
      bead.confidence,
    );
    const groups: DraftBlock[] = srcBlocks.map((b) => ({ kind: b.kind, tags: b.tags, segments: [] }));
    let sentenceIndex = 0;
    let blockIndex = 0;
    let boundary = perBlock[0];
    for (const segment of segments) {
      while (blockIndex < groups.length - 1 && sentenceIndex >= boundary) boundary += perBlock[++blockIndex];
      groups[blockIndex].segments.push(segment);
      sentenceIndex += segment.sourceText ? segmentSentences(segment.sourceText, options.sourceLang).length : 0;
    }
    blocks.push(...groups.filter((g) => g.segments.length > 0));
  }

  const titleOf = (doc: ParsedDocument) =>
    stripPlaceholders(doc.title ?? doc.blocks.find((b) => b.kind === "title")?.text ?? "");
  const nameOf = (doc: ParsedDocument, lang: string) =>
    titleOf(doc) || createTitleFromText(stripPlaceholders(doc.blocks[0].text), lang);
  return {
    title: nameOf(mt, options.targetLang),
    sourceTitle: nameOf(source, options.sourceLang),
    sourceUrl: mt.provenance?.sourceUrl ?? options.sourceUrl ?? null,
    sourceDate: mt.provenance?.sourceDate ?? null,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    mtEngine: null,
    mtProvenance: mt.provenance?.rawFooter ?? null,
    blocks,
  };
}

const DERIVED_TITLE_LENGTH = 90;

/** A name for a text without a title: its first sentence, cut at a word if long ("Il pleuvait depuis…"). */
export function createTitleFromText(text: string, lang: string): string {
  const first = (segmentSentences(text, lang)[0] ?? text).trim();
  if (first.length <= DERIVED_TITLE_LENGTH) return first;
  const cut = first.slice(0, DERIVED_TITLE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > DERIVED_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}
