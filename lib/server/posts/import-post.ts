import "server-only";
import { z } from "zod";
import { isLowConfidence, LOW_CONFIDENCE } from "@/lib/align/low-confidence";
import { AppError } from "@/lib/errors";
import { buildPostDraft } from "@/lib/ingest/build-post-draft";
import { isIngestError } from "@/lib/ingest/ingest-error";
import { guessFormat, parseDocument } from "@/lib/ingest/parse-document";
import type { ParsedDocument } from "@/lib/ingest/types";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { readEnv } from "@/lib/server/infrastructure/env";
import { fetchUrl } from "@/lib/server/infrastructure/fetch-url";
import { storePostDraft } from "./store-post-draft";

const LANGUAGE = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, "a language code such as en or fr");

export const importInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string(), format: z.enum(["text", "markdown", "html"]).optional() }),
  z.object({ kind: z.literal("file"), filename: z.string().max(300), bytes: z.instanceof(Uint8Array) }),
  z.object({ kind: z.literal("url"), url: z.string().trim().min(1) }),
]);
export type ImportInput = z.infer<typeof importInputSchema>;

const optionsSchema = z.object({
  mt: importInputSchema,
  source: importInputSchema.optional(),
  sourceLang: LANGUAGE.default("en"),
  targetLang: LANGUAGE.default("fr"),
});

export type ImportSummary = {
  id: number;
  slug: string;
  title: string;
  sourceUrl: string | null;
  sourceDate: string | null;
  blocks: number;
  segments: number;
  lowConfidence: number;
  /** true when a post with the same source URL and language already existed and nothing was imported */
  existing?: boolean;
};

function nameOfSide(side: "source" | "mt"): string {
  return side === "source" ? "English source" : "machine translation";
}

/** Turns an input problem into the app's error, naming the side it came from. */
function explain(side: "source" | "mt", error: unknown): never {
  if (isIngestError(error)) {
    const code = error.code === "TOO_LARGE" ? "payload_too_large" : "invalid_input";
    throw new AppError(code, `The ${nameOfSide(side)}: ${error.message}`, { side, reason: error.code });
  }
  if (error instanceof AppError) {
    throw new AppError(error.code, `The ${nameOfSide(side)}: ${error.message}`, { side, ...error.details });
  }
  throw error;
}

async function readInput(side: "source" | "mt", input: ImportInput): Promise<{ doc: ParsedDocument; url?: string }> {
  try {
    if (input.kind === "text") return { doc: parseDocument({ content: input.text, format: input.format }) };
    if (input.kind === "file") return { doc: parseDocument({ content: input.bytes, filename: input.filename }) };
    const page = await fetchUrl(input.url, { allowPrivate: readEnv().FETCH_ALLOW_PRIVATE });
    const text = page.body.toString("utf8");
    const format = guessFormat(text, new URL(page.url).pathname, page.contentType ?? undefined);
    return { doc: parseDocument({ content: new Uint8Array(page.body), format, url: page.url }), url: page.url };
  } catch (error) {
    explain(side, error);
  }
}

/**
 * A publisher imports a machine-translated post and its English source (pasted, uploaded or by URL). When the
 * source is not given, it is fetched from the URL named in the MT's provenance footer. Everything is parsed,
 * segmented and aligned before anything is written; the post is then stored in one transaction.
 */
export async function importPost(options: {
  actor: CurrentUser;
  mt: ImportInput;
  source?: ImportInput;
  sourceLang?: string;
  targetLang?: string;
  /** feeds: do nothing when a post with this source URL and target language exists */
  skipExisting?: boolean;
}): Promise<ImportSummary> {
  assertCan(options.actor, "post.import");
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError("invalid_input", `Check the import form: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  }
  const { sourceLang, targetLang } = parsed.data;
  const mt = await readInput("mt", parsed.data.mt);
  let sourceInput = parsed.data.source;
  if (!sourceInput) {
    const footerUrl = mt.doc.provenance?.sourceUrl;
    if (!footerUrl) {
      throw new AppError(
        "invalid_input",
        "Give the English source: this machine translation has no footer naming its original URL.",
        { side: "source" },
      );
    }
    sourceInput = { kind: "url", url: footerUrl };
  }
  const sourceUrlHint = mt.doc.provenance?.sourceUrl ?? (sourceInput.kind === "url" ? sourceInput.url : null);
  if (options.skipExisting && sourceUrlHint) {
    const existing = await findExisting(sourceUrlHint, targetLang);
    if (existing) return existing;
  }
  const source = await readInput("source", sourceInput);

  let draft: ReturnType<typeof buildPostDraft>;
  try {
    draft = buildPostDraft({ source: source.doc, mt: mt.doc, sourceLang, targetLang, sourceUrl: source.url ?? null });
  } catch (error) {
    if (isIngestError(error)) {
      throw new AppError("invalid_input", error.message, { reason: error.code });
    }
    throw error;
  }
  const stored = await storePostDraft(db(), draft, { actorId: options.actor.id });
  const segments = draft.blocks.flatMap((b) => b.segments);
  return {
    id: stored.id,
    slug: stored.slug,
    title: draft.title,
    sourceUrl: draft.sourceUrl,
    sourceDate: draft.sourceDate,
    blocks: stored.blocks,
    segments: stored.segments,
    lowConfidence: segments.filter((s) => isLowConfidence(s.confidence)).length,
  };
}

async function findExisting(sourceUrl: string, targetLang: string): Promise<ImportSummary | null> {
  const post = await db().post.findFirst({
    where: { sourceUrl, targetLang },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceUrl: true,
      sourceDate: true,
      _count: { select: { blocks: true, segments: true } },
    },
  });
  if (!post) return null;
  const lowConfidence = await db().segment.count({
    where: { postId: post.id, alignmentConfidence: { lt: LOW_CONFIDENCE } },
  });
  return {
    id: post.id,
    slug: post.slug,
    title: post.title,
    sourceUrl: post.sourceUrl,
    sourceDate: post.sourceDate?.toISOString() ?? null,
    blocks: post._count.blocks,
    segments: post._count.segments,
    lowConfidence,
    existing: true,
  };
}
