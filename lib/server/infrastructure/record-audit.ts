import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  actorId: number | null;
  action: string;
  subject: string;
  postId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Writes the audit row inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject,
      postId: entry.postId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
