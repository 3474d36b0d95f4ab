"use server";

import { revalidatePath } from "next/cache";
import { approveUnflagged } from "@/lib/server/approve-unflagged";
import { requireActor } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/respond";
import { type ReviewDecisionInput, reviewSegments } from "@/lib/server/review-segments";

export async function reviewSegmentsAction(input: { decisions: ReviewDecisionInput[]; startedAt?: number }) {
  const result = await runAction(async () => reviewSegments({ actor: await requireActor(), ...input }));
  if (result.ok) revalidatePath("/review");
  return result;
}

export async function approveUnflaggedAction(input: { postId: number; startedAt?: number }) {
  const result = await runAction(async () => approveUnflagged({ actor: await requireActor(), ...input }));
  if (result.ok) revalidatePath("/review");
  return result;
}
