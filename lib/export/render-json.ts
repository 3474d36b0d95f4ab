import { pickProvenanceLabels } from "./describe-provenance";
import type { ExportPost } from "./export-types";

/** Bumped when the shape below changes incompatibly, so scripts reading the export can tell. */
const JSON_FORMAT_VERSION = 1;

/**
 * The whole post as pretty JSON: metadata, provenance, each block's kind and tag table (needed to
 * read the placeholders), and every segment with its source, target, machine text, state, version
 * and notes. Texts keep the placeholder syntax.
 */
export function renderPostJson(post: ExportPost): string {
  const document = {
    format: "retouche-post",
    formatVersion: JSON_FORMAT_VERSION,
    post: {
      id: post.id,
      slug: post.slug,
      title: post.title,
      sourceTitle: post.sourceTitle,
      sourceLang: post.sourceLang,
      targetLang: post.targetLang,
      sourceUrl: post.sourceUrl,
      sourceDate: post.sourceDate,
      publishedAt: post.publishedAt,
      version: post.version,
    },
    provenance: {
      statement: pickProvenanceLabels("en").statement,
      machineTranslated: true,
      sourceUrl: post.sourceUrl,
      sourceDate: post.sourceDate,
      translators: post.credits.translators,
      reviewers: post.credits.reviewers,
    },
    blocks: post.blocks.map((block, index) => ({
      index,
      kind: block.kind,
      tags: block.tags,
      segmentIds: block.segments.map((segment) => segment.id),
    })),
    segments: post.blocks.flatMap((block, index) =>
      block.segments.map((segment) => ({
        id: segment.id,
        block: index,
        kind: block.kind,
        source: segment.sourceText,
        target: segment.targetText,
        mt: segment.mtText,
        state: segment.state,
        version: segment.version,
        notes: segment.notes,
      })),
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
