"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/accounts/current-user";
import { runAction } from "@/lib/server/infrastructure/respond";
import { approveUnflagged } from "@/lib/server/review/approve-unflagged";
import { type ReviewDecisionInput, reviewSegments } from "@/lib/server/review/review-segments";

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
