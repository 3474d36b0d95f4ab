"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import type { FeedItemResult } from "@/lib/server/posts/import-feed";
import { importFeedItemAction, readFeedAction } from "./actions";

/** Imports a feed item by item, so the publisher sees each one land (or fail) as it happens. */
export function FeedImport({ languages }: { languages: { code: string; name: string }[] }) {
  const t = useTranslations("import.feed");
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<FeedItemResult[]>([]);

  async function run(url: string, targetLang: string) {
    setRunning(true);
    setError(null);
    setResults([]);
    const feed = await readFeedAction({ url });
    if (!feed.ok) {
      setError(feed.error);
      setRunning(false);
      return;
    }
    setTotal(feed.data.items.length);
    for (const [index, item] of feed.data.items.entries()) {
      const answer = await importFeedItemAction({
        item: { title: item.title, contentHtml: item.contentHtml, link: item.link },
        index,
        targetLang,
      });
      const result: FeedItemResult = answer.ok
        ? answer.data
        : { index, title: item.title, status: "failed", error: answer.error.message };
      setResults((previous) => [...previous, result]);
    }
    setRunning(false);
  }

  return (
    <div>
      <form
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void run(String(form.get("feed-url") ?? ""), String(form.get("feed-lang") ?? "fr"));
        }}
      >
        <div>
          <label htmlFor="feed-url" className="field-label">
            {t("url")}
          </label>
          <input id="feed-url" name="feed-url" type="url" required className="field-input" placeholder="https://" />
        </div>
        <div>
          <label htmlFor="feed-lang" className="field-label">
            {t("lang")}
          </label>
          <select id="feed-lang" name="feed-lang" defaultValue="fr" className="field-input w-auto">
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" disabled={running}>
          {t("submit")}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {total > 0 ? (
        <div className="mt-4">
          <p role="status" className="text-sm font-medium text-stone-700">
            {t("progress", { done: results.length, total })}
          </p>
          <progress className="mt-1 h-2 w-full accent-accent-600" max={total} value={results.length} />
          <ol className="mt-3 space-y-1 text-sm">
            {results.map((r) => (
              <li key={r.index} className="flex flex-wrap gap-2">
                <span
                  className={`rounded px-1.5 text-xs font-medium ${r.status === "failed" ? "bg-red-100 text-red-900" : r.status === "existing" ? "bg-stone-100 text-stone-700" : "bg-emerald-100 text-emerald-900"}`}
                >
                  {t(`status.${r.status}`)}
                </span>
                {r.status === "failed" ? (
                  <span>
                    {r.title} — {r.error}
                  </span>
                ) : (
                  <Link href={`/posts/${r.post.id}`} className="text-accent-700 hover:underline">
                    {r.post.title}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
