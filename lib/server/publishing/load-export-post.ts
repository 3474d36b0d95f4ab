import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ExportPost, InlineTag } from "@/lib/export/export-types";
import { isBlockKind } from "@/lib/ingest/types";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { TRANSLATION_REVISION_KINDS } from "@/lib/workflow/revision-kinds";
import { isSegmentState } from "@/lib/workflow/segment-states";

/** The permission an export needs. One line to change when the permission table gets its own "post.export". */
export const EXPORT_ACTION = "post.export" as const;

const tagTableSchema = z.record(
  z.string(),
  z.object({ name: z.string(), attrs: z.record(z.string(), z.string()), selfClosing: z.boolean().optional() }),
);

const postIdSchema = z.number().int().positive();
const slugSchema = z.string().trim().min(1).max(300);

/** A post reference from a URL or the command line: digits are an id, anything else a slug. */
export function readPostRef(ref: string): { postId: number } | { slug: string } {
  const trimmed = ref.trim();
  return /^[1-9]\d{0,14}$/.test(trimmed) ? { postId: Number(trimmed) } : { slug: trimmed };
}

/** A block's skeleton column (the JSON tag table written at import) as the exporters' tag table. */
export function parseTagTable(skeleton: string, blockId: number): Record<string, InlineTag> {
  let json: unknown;
  try {
    json = JSON.parse(skeleton);
  } catch {
    json = undefined;
  }
  const parsed = tagTableSchema.safeParse(json);
  // Stored by us at import: unreadable means a damaged row, which must not be exported without its links.
  if (!parsed.success) throw new Error(`block ${blockId} has an unreadable inline tag table`);
  return parsed.data;
}

/** The note a returned segment carries: "Returned (terminology): the comment". */
export function formatReturnNote(decision: { reason: string | null; comment: string | null }): string {
  const head = decision.reason ? `Returned (${decision.reason})` : "Returned";
  const comment = decision.comment?.trim();
  return comment ? `${head}: ${comment}` : `${head}.`;
}

/** Names by how many items each person counts, most first; ties by name, then by id for a stable order. */
export function rankNames(counts: readonly { id: number; name: string; count: number }[]): string[] {
  return [...counts]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.id - b.id)
    .map((entry) => entry.name);
}

/**
 * A post as the exporters see it (lib/export/export-types.ts): blocks with their tag tables, segments with their
 * current text, version and notes (comments, and the latest return when no approval came after it), the credits
 * (translators by number of segments they worked on, reviewers by number of decisions) and the live publication.
 */
export async function loadExportPost(options: {
  actor: CurrentUser;
  postId?: number;
  slug?: string;
}): Promise<ExportPost> {
  assertCan(options.actor, EXPORT_ACTION);
  if ((options.postId === undefined) === (options.slug === undefined)) {
    throw new AppError("invalid_input", "Name the post to export by its id or by its slug.");
  }
  const where = findBy(options);
  const prisma = db();
  const post = await prisma.post.findUnique({
    where,
    include: {
      blocks: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          kind: true,
          skeleton: true,
          segments: {
            orderBy: { order: "asc" },
            select: {
              id: true,
              sourceText: true,
              targetText: true,
              mtText: true,
              state: true,
              version: true,
              comments: { orderBy: { id: "asc" }, select: { body: true } },
              // The latest decision only: a return is a note while no approval has followed it.
              reviewDecisions: {
                orderBy: { id: "desc" },
                take: 1,
                select: { verdict: true, reason: true, comment: true },
              },
            },
          },
        },
      },
      publications: {
        where: { withdrawnAt: null },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, publishedAt: true },
      },
    },
  });
  if (!post) throw new AppError("not_found", "This post does not exist.");
  const credits = await loadCredits(post.id);
  const publication = post.publications[0] ?? null;
  return {
    id: post.id,
    slug: post.slug,
    title: post.title,
    sourceTitle: post.sourceTitle,
    sourceLang: post.sourceLang,
    targetLang: post.targetLang,
    sourceUrl: post.sourceUrl,
    sourceDate: post.sourceDate?.toISOString() ?? null,
    publishedAt: publication?.publishedAt.toISOString() ?? null,
    version: publication?.version ?? null,
    credits,
    blocks: post.blocks.map((block) => ({
      kind: isBlockKind(block.kind) ? block.kind : "paragraph",
      tags: parseTagTable(block.skeleton, block.id),
      segments: block.segments.map((segment) => {
        const latest = segment.reviewDecisions[0];
        const notes = segment.comments.map((comment) => comment.body);
        if (latest?.verdict === "returned") notes.push(formatReturnNote(latest));
        return {
          id: segment.id,
          sourceText: segment.sourceText,
          targetText: segment.targetText,
          mtText: segment.mtText,
          state: isSegmentState(segment.state) ? segment.state : "MT",
          version: segment.version,
          notes,
        };
      }),
    })),
  };
}

function findBy(options: { postId?: number; slug?: string }): { id: number } | { slug: string } {
  const id = postIdSchema.safeParse(options.postId);
  if (id.success) return { id: id.data };
  const slug = slugSchema.safeParse(options.slug);
  if (slug.success) return { slug: slug.data };
  throw new AppError("not_found", "This post does not exist.");
}

async function loadCredits(postId: number): Promise<ExportPost["credits"]> {
  const prisma = db();
  const [touched, decisions] = await Promise.all([
    prisma.revision.groupBy({
      by: ["authorId", "segmentId"],
      where: { authorId: { not: null }, kind: { in: [...TRANSLATION_REVISION_KINDS] }, segment: { postId } },
    }),
    prisma.reviewDecision.groupBy({
      by: ["reviewerId"],
      where: { verdict: { in: ["approved", "returned"] }, segment: { postId } },
      _count: { _all: true },
    }),
  ]);
  const segmentsByAuthor = new Map<number, number>();
  for (const row of touched) {
    const authorId = row.authorId as number;
    segmentsByAuthor.set(authorId, (segmentsByAuthor.get(authorId) ?? 0) + 1);
  }
  const ids = [...new Set([...segmentsByAuthor.keys(), ...decisions.map((d) => d.reviewerId)])];
  const users = ids.length
    ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return {
    translators: rankNames(
      [...segmentsByAuthor].map(([id, count]) => ({ id, name: nameOf.get(id) ?? "", count })),
    ).filter((name) => name !== ""),
    reviewers: rankNames(
      decisions.map((d) => ({ id: d.reviewerId, name: nameOf.get(d.reviewerId) ?? "", count: d._count._all })),
    ).filter((name) => name !== ""),
  };
}
