"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/accounts/current-user";
import { runAction } from "@/lib/server/infrastructure/respond";
import { dismissFinding } from "@/lib/server/segments/dismiss-finding";
import { fixAllFindings } from "@/lib/server/segments/fix-all-findings";
import { listRevisions } from "@/lib/server/segments/list-revisions";
import { mergeSegments } from "@/lib/server/segments/merge-segments";
import { addComment, listComments } from "@/lib/server/segments/segment-comments";
import { splitSegment } from "@/lib/server/segments/split-segment";

export async function listRevisionsAction(segmentId: number) {
  return runAction(async () => listRevisions({ actor: await requireActor(), segmentId }));
}

export async function listCommentsAction(segmentId: number) {
  return runAction(async () => listComments({ actor: await requireActor(), segmentId }));
}

export async function addCommentAction(input: { segmentId: number; body: string }) {
  return runAction(async () => addComment({ actor: await requireActor(), ...input }));
}

export async function splitSegmentAction(input: {
  postId: number;
  segmentId: number;
  version: number;
  sourceAt: number;
  targetAt: number;
}) {
  const result = await runAction(async () => splitSegment({ actor: await requireActor(), ...input }));
  if (result.ok) revalidatePath(`/posts/${input.postId}`);
  return result;
}

export async function mergeSegmentsAction(input: {
  postId: number;
  segmentId: number;
  version: number;
  nextVersion: number;
}) {
  const result = await runAction(async () => mergeSegments({ actor: await requireActor(), ...input }));
  if (result.ok) revalidatePath(`/posts/${input.postId}`);
  return result;
}

export async function dismissFindingAction(input: {
  segmentId: number;
  check: string;
  excerpt: string;
  reason: string;
}) {
  return runAction(async () => dismissFinding({ actor: await requireActor(), ...input }));
}

export async function fixAllFindingsAction(input: { postId: number; check: string }) {
  return runAction(async () => fixAllFindings({ actor: await requireActor(), ...input }));
}
