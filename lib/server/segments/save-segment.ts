// No "server-only" guard: the lean save server (scripts/serve.ts) calls this use case too.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { type SaveKind, type SegmentSnapshot, saveSegmentSql } from "@/lib/server/segment-save-sql";
import type { Action } from "@/lib/workflow/permissions";

const inputSchema = z.object({
  segmentId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().min(1),
  text: z
    .string()
    .max(20_000, "a segment cannot be longer than 20,000 characters")
    .refine((t) => !t.includes("\u0000"), "the text contains a NUL character"),
  kind: z.enum(["edit", "reviewer-edit", "revert", "autofix", "confirm"]).default("edit"),
});

const PERMISSION: Record<SaveKind, Action> = {
  edit: "segment.edit",
  revert: "segment.edit",
  autofix: "segment.edit",
  confirm: "segment.confirm",
  "reviewer-edit": "segment.reviewer-edit",
};

/**
 * Saves a segment's target text (or confirms the machine text as fine). The caller sends the version its text
 * was based on; if someone saved in between, nothing is written and the answer is a conflict carrying the other
 * text, so the editor can show both. Every save appends a revision and an audit row in the same transaction.
 */
export async function saveSegment(options: {
  actor: CurrentUser;
  segmentId: unknown;
  baseVersion: unknown;
  text: unknown;
  kind?: unknown;
}): Promise<SegmentSnapshot> {
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid segment.");
  const { segmentId, baseVersion, text, kind } = parsed.data;
  assertCan(options.actor, PERMISSION[kind]);
  const outcome = saveSegmentSql({ segmentId, baseVersion, text, kind, authorId: options.actor.id });
  switch (outcome.status) {
    case "saved":
      return { ...outcome.segment, updatedBy: options.actor.name };
    case "conflict":
      throw new AppError("conflict", "Someone else saved this segment since you started editing it.", {
        current: outcome.current,
      });
    case "not_found":
      throw new AppError("not_found", "This segment does not exist (any more).");
    case "refused":
      throw new AppError("invalid_input", `Not possible: ${outcome.reason}.`);
  }
}
