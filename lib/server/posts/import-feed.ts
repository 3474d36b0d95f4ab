import "server-only";
import { AppError } from "@/lib/errors";
import { isIngestError } from "@/lib/ingest/ingest-error";
import { type FeedItem, parseFeed } from "@/lib/ingest/parse-feed";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { readEnv } from "@/lib/server/infrastructure/env";
import { fetchUrl } from "@/lib/server/infrastructure/fetch-url";
import { type ImportSummary, importPost } from "./import-post";

export type FeedSource = { kind: "url"; url: string } | { kind: "text"; text: string };

/** Reads a feed of machine-translated posts (RSS or Atom) and lists its items, without importing anything. */
export async function readFeed(options: { actor: CurrentUser; feed: FeedSource }) {
  assertCan(options.actor, "post.import");
  let xml: string;
  if (options.feed.kind === "url") {
    const page = await fetchUrl(options.feed.url, { allowPrivate: readEnv().FETCH_ALLOW_PRIVATE });
    xml = page.body.toString("utf8");
  } else xml = options.feed.text;
  try {
    return parseFeed(xml);
  } catch (error) {
    if (isIngestError(error)) throw new AppError("invalid_input", `The feed: ${error.message}`);
    throw error;
  }
}

export type FeedItemResult =
  | { index: number; title: string; status: "imported" | "existing"; post: ImportSummary }
  | { index: number; title: string; status: "failed"; error: string };

/**
 * Imports one feed item: its content is the machine translation, and its footer names the English source,
 * fetched from there. An item whose source URL was already imported is skipped, so re-running a feed is safe.
 */
export async function importFeedItem(options: {
  actor: CurrentUser;
  item: Pick<FeedItem, "title" | "contentHtml" | "link">;
  index: number;
  sourceLang?: string;
  targetLang?: string;
}): Promise<FeedItemResult> {
  const { item, index } = options;
  try {
    if (!item.contentHtml) throw new AppError("invalid_input", "This item has no content.");
    const post = await importPost({
      actor: options.actor,
      mt: { kind: "text", text: item.contentHtml, format: "html" },
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      skipExisting: true,
    });
    return { index, title: item.title, status: post.existing ? "existing" : "imported", post };
  } catch (error) {
    if (error instanceof AppError && error.code !== "internal" && error.code !== "forbidden") {
      return { index, title: item.title, status: "failed", error: error.message };
    }
    throw error;
  }
}

/** The whole feed, item by item (the command line); one bad item does not stop the others. */
export async function importFeed(options: {
  actor: CurrentUser;
  feed: FeedSource;
  sourceLang?: string;
  targetLang?: string;
  onProgress?: (result: FeedItemResult, done: number, total: number) => void;
}): Promise<FeedItemResult[]> {
  assertCan(options.actor, "post.import");
  const { items } = await readFeed(options);
  const results: FeedItemResult[] = [];
  for (const [index, item] of items.entries()) {
    const result = await importFeedItem({ ...options, item, index });
    results.push(result);
    options.onProgress?.(result, results.length, items.length);
  }
  return results;
}
