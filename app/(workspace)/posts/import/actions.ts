"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { FeedItem } from "@/lib/ingest/parse-feed";
import { requireActor } from "@/lib/server/accounts/current-user";
import { runAction } from "@/lib/server/infrastructure/respond";
import { importFeedItem, readFeed } from "@/lib/server/posts/import-feed";
import { type ImportInput, importPost } from "@/lib/server/posts/import-post";

/** One side of the form: "paste", "file" or "url" (and, for the source only, "footer": from the MT's footer). */
async function readSide(form: FormData, side: "mt" | "source"): Promise<ImportInput | undefined> {
  const mode = String(form.get(`${side}-mode`) ?? "paste");
  if (mode === "footer") return undefined;
  if (mode === "url") return { kind: "url", url: String(form.get(`${side}-url`) ?? "") };
  if (mode === "file") {
    const file = form.get(`${side}-file`);
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("invalid_input", `Choose a file for the ${side === "mt" ? "machine translation" : "source"}.`);
    }
    return { kind: "file", filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return { kind: "text", text: String(form.get(`${side}-text`) ?? "") };
}

export async function importPostAction(form: FormData) {
  const result = await runAction(async () =>
    importPost({
      actor: await requireActor(),
      mt: (await readSide(form, "mt")) ?? { kind: "text", text: "" },
      source: await readSide(form, "source"),
      sourceLang: String(form.get("source-lang") ?? "en"),
      targetLang: String(form.get("target-lang") ?? "fr"),
    }),
  );
  if (result.ok) redirect(`/posts/${result.data.id}`);
  return result;
}

export async function readFeedAction(input: { url: string }) {
  return runAction(async () => readFeed({ actor: await requireActor(), feed: { kind: "url", url: input.url } }));
}

export async function importFeedItemAction(input: {
  item: Pick<FeedItem, "title" | "contentHtml" | "link">;
  index: number;
  targetLang: string;
}) {
  return runAction(async () =>
    importFeedItem({ actor: await requireActor(), item: input.item, index: input.index, targetLang: input.targetLang }),
  );
}
