import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readXliff, type XliffReadResult } from "@/lib/export/read-xliff";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { saveSegmentSql } from "@/lib/server/segment-save-sql";

export type XliffConflict = {
  segmentId: number;
  /** the segment's current text in Retouche, which is kept */
  theirs: string;
  /** the text in the file, which was not written */
  mine: string;
};

export type XliffImportResult = {
  updated: number;
  unchanged: number;
  conflicts: XliffConflict[];
  /** unit ids that are not segments of this post (any more) */
  unknown: number[];
};

// Same limits as a save from the editor (save-segment.ts).
const MAX_SEGMENT_CHARS = 20_000;

const optionsSchema = z.object({
  postId: z.number().int().positive(),
  xml: z.string(),
});

/**
 * Reads back an XLIFF 2.0 or 1.2 file exported from this post, after a CAT tool worked on it. The whole file is
 * read and checked (well-formed, ours, this post's, every target acceptable) before anything is written. Then each
 * unit is its own versioned save, as translation tools expect: a segment still at the version the file was exported
 * from gets the file's text as an "xliff-import" revision by the importing user; a segment changed in Retouche
 * since the export is a conflict (both texts reported, nothing written); a unit with the same text as now is
 * unchanged; a unit that is not a segment of this post is reported as unknown.
 */
export async function importXliff(options: {
  actor: CurrentUser;
  postId: number;
  xml: string;
}): Promise<XliffImportResult> {
  assertCan(options.actor, "segment.edit");
  const parsed = optionsSchema.safeParse({ postId: options.postId, xml: options.xml });
  if (!parsed.success) throw new AppError("invalid_input", "Give the post and the XLIFF file to import.");
  const { postId, xml } = parsed.data;
  const post = await db().post.findUnique({ where: { id: postId }, select: { id: true, slug: true, sourceUrl: true } });
  if (!post) throw new AppError("not_found", "This post does not exist.");

  const file = readXliff(xml);
  assertFileOfPost(file, post);
  for (const unit of file.units) {
    if (unit.target.length > MAX_SEGMENT_CHARS) {
      throw new AppError(
        "invalid_input",
        `Segment s${unit.segmentId} in this XLIFF file is longer than ${MAX_SEGMENT_CHARS.toLocaleString("en")} characters; nothing was imported.`,
      );
    }
    if (unit.target.includes("\u0000")) {
      throw new AppError(
        "invalid_input",
        `Segment s${unit.segmentId} in this XLIFF file contains a NUL character; nothing was imported.`,
      );
    }
  }

  const segments = await db().segment.findMany({
    where: { postId, id: { in: file.units.map((unit) => unit.segmentId) } },
    select: { id: true, targetText: true, version: true },
  });
  const current = new Map(segments.map((segment) => [segment.id, segment]));
  const result: XliffImportResult = { updated: 0, unchanged: 0, conflicts: [], unknown: [] };
  for (const unit of file.units) {
    const segment = current.get(unit.segmentId);
    if (!segment) {
      result.unknown.push(unit.segmentId);
      continue;
    }
    if (unit.target === segment.targetText) {
      result.unchanged++;
      continue;
    }
    // Without the version it was exported from, we cannot tell whose text is newer: the volunteer decides.
    if (unit.baseVersion === null || unit.baseVersion !== segment.version) {
      result.conflicts.push({ segmentId: segment.id, theirs: segment.targetText, mine: unit.target });
      continue;
    }
    const outcome = saveSegmentSql({
      segmentId: segment.id,
      baseVersion: unit.baseVersion,
      text: unit.target,
      kind: "xliff-import",
      authorId: options.actor.id,
    });
    switch (outcome.status) {
      case "saved":
        result.updated++;
        break;
      case "conflict":
        // Someone saved between our read and this save.
        if (outcome.current.text === unit.target) result.unchanged++;
        else result.conflicts.push({ segmentId: segment.id, theirs: outcome.current.text, mine: unit.target });
        break;
      case "not_found":
        // Merged or deleted meanwhile.
        result.unknown.push(unit.segmentId);
        break;
      case "refused":
        // An edit is never refused by the state machine; should that change, the segment keeps its text.
        result.conflicts.push({ segmentId: segment.id, theirs: segment.targetText, mine: unit.target });
        break;
    }
  }
  return result;
}

/**
 * Our XLIFF 2.0 files name the post in <file id="post-<id>">; our 1.2 files in rt:post="post-<id>", and files
 * whose tool dropped that attribute still carry <file original> (the source URL, or the slug).
 */
function assertFileOfPost(file: XliffReadResult, post: { id: number; slug: string; sourceUrl: string | null }): void {
  const expected = `post-${post.id}`;
  const ref = file.postRef;
  const matches = file.version === "2.0" ? ref === expected : ref === expected || ref === (post.sourceUrl ?? post.slug);
  if (matches) return;
  throw new AppError(
    "invalid_input",
    ref === null
      ? "This XLIFF file does not say which post it is for; export the post again and translate that file."
      : `This XLIFF file is for another post (${ref}), not this one (${expected}).`,
    { postRef: ref },
  );
}
