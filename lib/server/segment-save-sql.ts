import type { Statement } from "better-sqlite3";
import type { SaveKind } from "@/lib/workflow/revision-kinds";
import { isSegmentState, type SegmentState } from "@/lib/workflow/segment-states";
import { nextSegmentState } from "@/lib/workflow/segment-transitions";
import { insertAudit, insertRevision } from "./history-sql";
import { sqlite, sqliteTimestamp } from "./sqlite-connection";

// The segment save as one SQLite transaction (BEGIN IMMEDIATE): read, check the version, update, append the
// revision and the audit row, touch the post. Raw SQL because this is the editor's hot path.

export type SaveRequest = {
  segmentId: number;
  baseVersion: number;
  text: string;
  kind: SaveKind | "xliff-import"; // xliff-import: a target read back from an XLIFF file, an edit like any other
  authorId: number;
};

export type SegmentSnapshot = {
  id: number;
  postId: number;
  text: string;
  state: SegmentState;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
};

export type SaveOutcome =
  | { status: "saved"; segment: SegmentSnapshot }
  | { status: "conflict"; current: SegmentSnapshot }
  | { status: "not_found" }
  | { status: "refused"; reason: string };

type Statements = {
  read: Statement;
  update: Statement;
  touchPost: Statement;
  lastAuthor: Statement;
};

let prepared: { db: unknown; statements: Statements } | undefined;

function statements(): Statements {
  const db = sqlite();
  if (prepared?.db === db) return prepared.statements;
  const statementsForDb: Statements = {
    read: db.prepare(
      `SELECT id, postId, targetText AS text, mtText, state, version, updatedAt FROM Segment WHERE id = ?`,
    ),
    update: db.prepare(
      `UPDATE Segment SET targetText = ?, state = ?, version = version + 1, updatedAt = ? WHERE id = ? AND version = ?`,
    ),
    touchPost: db.prepare(`UPDATE Post SET updatedAt = ? WHERE id = ?`),
    lastAuthor: db.prepare(
      `SELECT u.name FROM Revision r LEFT JOIN User u ON u.id = r.authorId WHERE r.segmentId = ? ORDER BY r.id DESC LIMIT 1`,
    ),
  };
  prepared = { db, statements: statementsForDb };
  return statementsForDb;
}

type Row = {
  id: number;
  postId: number;
  text: string;
  mtText: string;
  state: string;
  version: number;
  updatedAt: string;
};

function snapshot(row: Row, s: Statements): SegmentSnapshot {
  const author = s.lastAuthor.get(row.id) as { name: string | null } | undefined;
  return {
    id: row.id,
    postId: row.postId,
    text: row.text,
    state: isSegmentState(row.state) ? row.state : "MT",
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: author?.name ?? null,
  };
}

export function saveSegmentSql(request: SaveRequest): SaveOutcome {
  const s = statements();
  const run = sqlite().transaction((): SaveOutcome => {
    const row = s.read.get(request.segmentId) as Row | undefined;
    if (!row) return { status: "not_found" };
    if (row.version !== request.baseVersion) return { status: "conflict", current: snapshot(row, s) };
    const current = isSegmentState(row.state) ? row.state : "MT";
    const transition = nextSegmentState(
      current,
      request.kind === "confirm" ? { type: "confirm" } : { type: "edit", text: request.text, mtText: row.mtText },
    );
    if (!transition.ok) return { status: "refused", reason: transition.reason };
    const text = request.kind === "confirm" ? row.text : request.text;
    const now = sqliteTimestamp();
    const { changes } = s.update.run(text, transition.state, now, row.id, request.baseVersion);
    if (changes !== 1) return { status: "conflict", current: snapshot(s.read.get(row.id) as Row, s) };
    const db = sqlite();
    insertRevision(
      db,
      { segmentId: row.id, authorId: request.authorId, text, baseVersion: request.baseVersion },
      request.kind,
      now,
    );
    insertAudit(
      db,
      {
        actorId: request.authorId,
        action: `segment.${request.kind}`,
        subject: `segment:${row.id}`,
        postId: row.postId,
        before: { state: current, version: row.version },
        after: { state: transition.state, version: row.version + 1 },
      },
      now,
    );
    s.touchPost.run(now, row.postId);
    return {
      status: "saved",
      segment: {
        id: row.id,
        postId: row.postId,
        text,
        state: transition.state,
        version: row.version + 1,
        updatedAt: now,
        updatedBy: null,
      },
    };
  });
  return run.immediate();
}
