import type { Database, Statement } from "better-sqlite3";
import type { PostDraft } from "@/lib/ingest/post-draft";
import { createPostSlug } from "@/lib/text/create-slug";
import { insertAudit, insertRevision } from "./history-sql";
import { sqliteTimestamp } from "./sqlite-connection";

// Storing an imported post as one SQLite transaction (BEGIN IMMEDIATE): the post, its blocks, its segments with
// their "import" revisions, and the audit row. Raw SQL because Prisma spent ~10x the work here and compiled
// every query shape on the first import of a process (~0.4 s).

export type StoredPost = { id: number; slug: string; segments: number; blocks: number };

type Statements = {
  takenSlugs: Statement;
  post: Statement;
  block: Statement;
  segment: Statement;
};

const STATEMENTS = new WeakMap<Database, Statements>();

function statementsFor(db: Database): Statements {
  const known = STATEMENTS.get(db);
  if (known) return known;
  const statements: Statements = {
    // a range on the unique index rather than LIKE, which would read "_" and "%" in a slug as wildcards
    takenSlugs: db.prepare(`SELECT slug FROM Post WHERE slug >= ? AND slug < ?`).pluck(),
    post: db.prepare(
      `INSERT INTO Post (slug, title, sourceTitle, sourceUrl, sourceDate, sourceLang, targetLang, mtEngine,
         mtProvenance, createdAt, updatedAt, importedById) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    block: db.prepare(`INSERT INTO Block (postId, "order", kind, skeleton) VALUES (?, ?, ?, ?)`),
    segment: db.prepare(
      `INSERT INTO Segment (postId, blockId, "order", sourceText, mtText, targetText, alignmentConfidence, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  STATEMENTS.set(db, statements);
  return statements;
}

/** Inserts the whole draft or nothing; a slug already taken gets "-2", "-3"… */
export function insertPostDraft(db: Database, draft: PostDraft, options: { actorId: number | null }): StoredPost {
  const sql = statementsFor(db);
  const insert = db.transaction((): StoredPost => {
    const now = sqliteTimestamp();
    const base = createPostSlug(draft.title, draft.sourceUrl);
    const taken = new Set(sql.takenSlugs.all(base, `${base}\uffff`) as string[]);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const postId = Number(
      sql.post.run(
        slug,
        draft.title,
        draft.sourceTitle,
        draft.sourceUrl,
        draft.sourceDate ? sqliteTimestamp(new Date(draft.sourceDate)) : null,
        draft.sourceLang,
        draft.targetLang,
        draft.mtEngine,
        draft.mtProvenance,
        now,
        now,
        options.actorId,
      ).lastInsertRowid,
    );
    let order = 0;
    draft.blocks.forEach((block, blockOrder) => {
      const blockId = sql.block.run(postId, blockOrder, block.kind, JSON.stringify(block.tags)).lastInsertRowid;
      for (const segment of block.segments) {
        const segmentId = sql.segment.run(
          postId,
          blockId,
          order++,
          segment.sourceText,
          segment.mtText,
          segment.mtText,
          segment.confidence,
          now,
        ).lastInsertRowid;
        insertRevision(
          db,
          { segmentId, authorId: options.actorId, text: segment.mtText, baseVersion: 0 },
          "import",
          now,
        );
      }
    });
    const after = {
      slug,
      title: draft.title,
      sourceUrl: draft.sourceUrl,
      blocks: draft.blocks.length,
      segments: order,
    };
    insertAudit(db, { actorId: options.actorId, action: "post.import", subject: `post:${postId}`, postId, after }, now);
    return { id: postId, slug, segments: order, blocks: draft.blocks.length };
  });
  return insert.immediate();
}
