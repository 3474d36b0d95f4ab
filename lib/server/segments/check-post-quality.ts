import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { measureUntouchedMt } from "@/lib/metrics/untouched-mt";
import { runChecks, runPostChecks } from "@/lib/qa/run-checks";
import type { Finding } from "@/lib/qa/types";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { loadSpellers } from "@/lib/server/infrastructure/load-spellers";

type Dismissal = { segmentId: number; check: string; excerpt: string };

/** A finding stays dismissed while the same check flags the same text in the same segment. */
function withoutDismissed(segmentId: number, target: string, findings: Finding[], dismissals: Dismissal[]): Finding[] {
  return findings.filter(
    (f) =>
      !dismissals.some(
        (d) => d.segmentId === segmentId && d.check === f.check && d.excerpt === target.slice(f.start, f.end),
      ),
  );
}

/**
 * Every open QA finding of a post, by segment, and the share of the text still identical to the machine
 * translation. Each language's dictionary loads once per process, on first use (instrumentation.ts preloads en and fr).
 */
export async function checkPostQuality(options: { actor: CurrentUser; postId: unknown }) {
  assertCan(options.actor, "post.read");
  const postId = z.coerce.number().int().positive().safeParse(options.postId);
  if (!postId.success) throw new AppError("not_found", "This post does not exist.");
  const post = await db().post.findUnique({
    where: { id: postId.data },
    select: {
      sourceLang: true,
      targetLang: true,
      segments: {
        orderBy: { order: "asc" },
        select: { id: true, sourceText: true, targetText: true, mtText: true, qaDismissals: true },
      },
    },
  });
  if (!post) throw new AppError("not_found", "This post does not exist.");
  const spellers = await loadSpellers(post.sourceLang, post.targetLang);
  const results = runPostChecks(
    post.segments.map((s) => ({ id: String(s.id), sourceText: s.sourceText, targetText: s.targetText })),
    { sourceLang: post.sourceLang, targetLang: post.targetLang, spellers },
  );
  const findings: Record<number, Finding[]> = {};
  for (const segment of post.segments) {
    const open = withoutDismissed(
      segment.id,
      segment.targetText,
      results.get(String(segment.id)) ?? [],
      segment.qaDismissals,
    );
    if (open.length) findings[segment.id] = open;
  }
  return { findings, untouched: measureUntouchedMt(post.segments) };
}

/** The findings for a text being typed (the editor asks, debounced), with the post's other segments as context. */
export async function checkSegmentText(options: { actor: CurrentUser; segmentId: unknown; text: unknown }) {
  assertCan(options.actor, "post.read");
  const parsed = z
    .object({ segmentId: z.coerce.number().int().positive(), text: z.string().max(20_000) })
    .safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Invalid segment text.");
  const segment = await db().segment.findUnique({
    where: { id: parsed.data.segmentId },
    select: {
      id: true,
      sourceText: true,
      qaDismissals: true,
      post: {
        select: {
          sourceLang: true,
          targetLang: true,
          segments: { select: { id: true, sourceText: true, targetText: true } },
        },
      },
    },
  });
  if (!segment) throw new AppError("not_found", "This segment does not exist.");
  const { sourceLang, targetLang } = segment.post;
  const spellers = await loadSpellers(sourceLang, targetLang);
  const others = segment.post.segments.map((s) => ({
    id: String(s.id),
    sourceText: s.sourceText,
    targetText: s.id === segment.id ? parsed.data.text : s.targetText,
  }));
  const findings = runChecks(segment.sourceText, parsed.data.text, {
    sourceLang,
    targetLang,
    spellers,
    post: { segments: others },
    segmentId: String(segment.id),
  });
  return withoutDismissed(segment.id, parsed.data.text, findings, segment.qaDismissals);
}
