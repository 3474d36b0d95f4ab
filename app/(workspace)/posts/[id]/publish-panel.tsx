"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { DiffText } from "@/app/_components/diff-text";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import type { PublicationEntry } from "@/lib/server/publishing/list-publications";
import type { GateResult } from "@/lib/workflow/publish-gate";
import { importXliffAction, publishPostAction, unpublishPostAction } from "./publish-actions";

const FORMATS = ["html", "md", "txt", "json", "xliff", "xliff12", "tmx"] as const;
const ICON = { pass: "✓", warn: "!", fail: "✗" } as const;
const TONE = { pass: "text-emerald-800", warn: "text-amber-800", fail: "text-red-800" } as const;

/** The publisher's panel on a post: the gate as a checklist, publish / unpublish, versions, exports, XLIFF. */
export function PublishPanel({
  post,
  gate,
  publications,
  canPublish,
}: {
  post: { id: number; slug: string; targetLang: string };
  gate: GateResult;
  publications: PublicationEntry[];
  canPublish: boolean;
}) {
  const t = useTranslations("publish");
  const format = useFormatter();
  const [busy, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [reason, setReason] = useState("");
  const [xliffResult, setXliffResult] = useState<string | null>(null);
  const live = publications.find((p) => p.live);

  const checkLabel = (check: GateResult["checks"][number]) => {
    if (check.id === "all-approved")
      return t("checks.allApproved", { approved: check.approved, total: check.segments });
    if (check.id === "no-qa-errors") return t("checks.noErrors", { count: check.errors });
    return t("checks.untouched", {
      percent: Math.round(check.ratio * 100),
      warn: Math.round(check.thresholds.warnUntouched * 100),
      block: Math.round(check.thresholds.blockUntouched * 100),
    });
  };

  const ready = gate.checks.find((c) => c.id === "all-approved")?.status === "pass";
  // folded while the post is still being translated, so the editor stays the first thing a publisher sees
  return (
    <details open={ready || publications.length > 0} className="card group mb-6 p-4 sm:p-5">
      <summary className="flex cursor-pointer list-none items-center gap-2">
        <span aria-hidden="true" className="text-stone-500 transition-transform group-open:rotate-90">
          ▸
        </span>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <span className="text-sm text-stone-600">
          {gate.passes ? t("summaryReady") : t("summaryNotReady")}
          {live ? ` · ${t("version", { version: live.version })} ${t("live")}` : ""}
        </span>
      </summary>
      <ul aria-label={t("gate")} className="mt-2 space-y-1 text-sm">
        {gate.checks.map((check) => (
          <li key={check.id} className={`flex gap-2 ${TONE[check.status]}`}>
            <span aria-hidden="true" className="w-4 font-bold">
              {ICON[check.status]}
            </span>
            <span>
              <span className="sr-only">{t(`status.${check.status}`)}: </span>
              {checkLabel(check)}
            </span>
          </li>
        ))}
      </ul>
      {canPublish ? (
        <form
          className="mt-3 flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              const result = await publishPostAction({ postId: post.id, overrideReason: reason || undefined });
              setError(result.ok ? null : result.error);
              if (result.ok) setReason("");
            });
          }}
        >
          {gate.passes ? null : (
            <div>
              <label htmlFor="override-reason" className="field-label">
                {t("overrideLabel")}
              </label>
              <textarea
                id="override-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={2}
                className="field-input text-sm"
              />
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className="btn-primary"
              disabled={busy || (!gate.passes && reason.trim().length < 10)}
            >
              {gate.passes ? t("publish") : t("publishAnyway")}
            </button>
            {live ? (
              <button
                type="button"
                className="btn-danger"
                disabled={busy}
                onClick={() =>
                  startTransition(async () => {
                    const result = await unpublishPostAction({ postId: post.id });
                    setError(result.ok ? null : result.error);
                  })
                }
              >
                {t("unpublish")}
              </button>
            ) : null}
            {live ? (
              <a href={`/p/${post.targetLang}/${post.slug}`} className="btn-secondary">
                {t("viewPublic")}
              </a>
            ) : null}
          </div>
        </form>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}

      {publications.length ? (
        <>
          <h3 className="mt-5 text-sm font-semibold text-stone-700">{t("versions")}</h3>
          <ol className="mt-1 space-y-2 text-sm">
            {publications.map((p) => (
              <li key={p.id}>
                <p>
                  {t("version", { version: p.version })} ·{" "}
                  {format.dateTime(new Date(p.publishedAt), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                  {p.publishedBy}
                  {p.live ? (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">{t("live")}</span>
                  ) : null}
                </p>
                {p.overrideReason ? (
                  <p className="text-amber-900">{t("overridden", { reason: p.overrideReason })}</p>
                ) : null}
                {p.version > 1 ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-accent-700">
                      {t("changes", { count: p.changes.length, version: p.version - 1 })}
                    </summary>
                    <ul className="mt-1 space-y-1 font-serif">
                      {p.changes.map((change) => (
                        <li key={change.segmentId}>
                          <DiffText before={change.before} after={change.after} lang={post.targetLang} />
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <h3 className="mt-5 text-sm font-semibold text-stone-700">{t("export")}</h3>
      <ul className="mt-1 flex flex-wrap gap-2 text-sm">
        {FORMATS.map((f) => (
          <li key={f}>
            <a href={`/api/posts/${post.id}/export/${f}`} className="btn-secondary py-1" download>
              {t(`formats.${f}`)}
            </a>
          </li>
        ))}
      </ul>

      <form
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          startTransition(async () => {
            const result = await importXliffAction(post.id, form);
            if (!result.ok) {
              setError(result.error);
              setXliffResult(null);
              return;
            }
            setError(null);
            setXliffResult(
              t("xliffResult", {
                updated: result.data.updated,
                unchanged: result.data.unchanged,
                conflicts: result.data.conflicts.length,
              }),
            );
          });
        }}
      >
        <div>
          <label htmlFor="xliff-file" className="field-label">
            {t("xliffLabel")}
          </label>
          <input id="xliff-file" name="xliff" type="file" accept=".xlf,.xliff,.xml" required className="text-sm" />
        </div>
        <button type="submit" className="btn-secondary py-1.5" disabled={busy}>
          {t("xliffImport")}
        </button>
        {xliffResult ? (
          <p role="status" className="w-full text-sm text-stone-700">
            {xliffResult}
          </p>
        ) : null}
      </form>
    </details>
  );
}
