import type { Database, Statement } from "better-sqlite3";
import type { AuditEntry } from "./infrastructure/record-audit";

// The two rows every change leaves behind, for the raw SQL paths (*-sql.ts): a segment revision and an audit
// event, written like Prisma's recordAudit (before/after as JSON, null when absent). Run inside the caller's
// transaction.

export type RevisionRow = { segmentId: number | bigint; authorId: number | null; text: string; baseVersion: number };

type HistoryStatements = { revision: Statement; audit: Statement };

const STATEMENTS = new WeakMap<Database, HistoryStatements>();

function statementsFor(db: Database): HistoryStatements {
  let statements = STATEMENTS.get(db);
  if (!statements) {
    statements = {
      revision: db.prepare(
        `INSERT INTO Revision (segmentId, authorId, text, baseVersion, kind, createdAt) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      audit: db.prepare(
        `INSERT INTO AuditEvent (actorId, action, subject, postId, before, after, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    STATEMENTS.set(db, statements);
  }
  return statements;
}

export function insertRevision(db: Database, row: RevisionRow, kind: string, createdAt: string): void {
  statementsFor(db).revision.run(row.segmentId, row.authorId, row.text, row.baseVersion, kind, createdAt);
}

export function insertAudit(db: Database, entry: AuditEntry, createdAt: string): void {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  statementsFor(db).audit.run(
    entry.actorId,
    entry.action,
    entry.subject,
    entry.postId ?? null,
    json(entry.before),
    json(entry.after),
    createdAt,
  );
}
