"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState, useTransition } from "react";
import { DiffText } from "@/app/_components/diff-text";
import { ErrorMessage } from "@/app/_components/error-message";
import { SegmentText } from "@/app/_components/segment-text";
import type { ActionError } from "@/lib/errors";
import type { ReviewQueue, ReviewRow } from "@/lib/server/review/list-review-queue";
import { RETURN_REASONS, type ReturnReason } from "@/lib/workflow/review-reasons";
import { approveUnflaggedAction, reviewSegmentsAction } from "./actions";

type Pending = { kind: "return" | "edit"; segmentId: number } | null;

export function ReviewQueueView({ queue }: { queue: ReviewQueue }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(() => new Set());
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState("");
  const [busy, startTransition] = useTransition();
  // when the reviewer started reading: approvals faster than a second per segment are flagged
  const startedAt = useRef(Date.now());

  function run(
    work: () => Promise<{ ok: true; data: { approved: number; returned: number } } | { ok: false; error: ActionError }>,
  ) {
    startTransition(async () => {
      const result = await work();
      if (result.ok) {
        setError(null);
        setSelected(new Set());
        setPending(null);
        setDone(t("done", { approved: result.data.approved, returned: result.data.returned }));
        startedAt.current = Date.now();
        router.refresh();
      } else setError(result.error);
    });
  }

  const approve = (rows: ReviewRow[], text?: string) =>
    run(() =>
      reviewSegmentsAction({
        decisions: rows.map((row) => ({
          segmentId: row.id,
          version: row.version,
          verdict: "approve" as const,
          ...(text !== undefined && text !== row.currentText ? { text } : {}),
        })),
        startedAt: startedAt.current,
      }),
    );

  const focusCard = (from: HTMLElement, step: 1 | -1) => {
    const cards = [...document.querySelectorAll<HTMLElement>("[data-review-card]")];
    cards[cards.indexOf(from) + step]?.focus();
  };

  const onCardKey = (event: KeyboardEvent<HTMLElement>, row: ReviewRow) => {
    if (event.target !== event.currentTarget) return; // typing in a field of the card
    if (event.key === "a") approve([row]);
    else if (event.key === "r") setPending({ kind: "return", segmentId: row.id });
    else if (event.key === "e") setPending({ kind: "edit", segmentId: row.id });
    else if (event.key === "x") toggle(row.id);
    else if (event.key === "j") focusCard(event.currentTarget, 1);
    else if (event.key === "k") focusCard(event.currentTarget, -1);
    else return;
    event.preventDefault();
  };

  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const allRows = queue.flatMap((post) => post.segments);
  if (allRows.length === 0) return <p className="card p-6 text-stone-600">{t("empty")}</p>;

  return (
    <div>
      <p className="mb-4 text-sm text-stone-600">{t("keys")}</p>
      <div className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center gap-3 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6">
        <span className="text-sm text-stone-700">{t("selected", { count: selected.size })}</span>
        <button
          type="button"
          className="btn-primary py-1.5"
          disabled={busy || selected.size === 0}
          onClick={() => approve(allRows.filter((row) => selected.has(row.id)))}
        >
          {t("approveSelected", { count: selected.size })}
        </button>
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {queue.map((post) => (
        <section key={post.id} aria-labelledby={`post-${post.id}`} className="mb-8">
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <h2 id={`post-${post.id}`} className="font-serif text-xl font-semibold">
              <Link href={`/posts/${post.id}`} className="hover:text-accent-700 hover:underline">
                {post.title}
              </Link>
            </h2>
            <span className="text-sm text-stone-600">{t("waiting", { count: post.segments.length })}</span>
            <label className="ml-auto flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="accent-accent-700"
                checked={post.segments.every((row) => selected.has(row.id))}
                onChange={(event) =>
                  setSelected((previous) => {
                    const next = new Set(previous);
                    for (const row of post.segments) {
                      if (event.target.checked) next.add(row.id);
                      else next.delete(row.id);
                    }
                    return next;
                  })
                }
              />
              {t("selectAll")}
            </label>
            <button
              type="button"
              className="btn-secondary py-1.5"
              disabled={busy}
              onClick={() => run(() => approveUnflaggedAction({ postId: post.id, startedAt: startedAt.current }))}
            >
              {t("approveUnflagged")}
            </button>
          </div>
          <ol className="space-y-3">
            {post.segments.map((row) => (
              <li
                key={row.id}
                data-review-card
                // biome-ignore lint/a11y/noNoninteractiveTabindex: cards take single-key shortcuts (a, r, e, x, j, k)
                tabIndex={0}
                aria-label={t("card", { n: row.order + 1 })}
                onKeyDown={(event) => onCardKey(event, row)}
                className="card p-4 focus-visible:ring-2 focus-visible:ring-accent-600"
              >
                <div className="mb-2 flex flex-wrap items-center gap-3 text-xs text-stone-500">
                  <label className="flex items-center gap-1.5">
                    <input
                      type="checkbox"
                      className="accent-accent-700"
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                    <span className="sr-only">{t("select", { n: row.order + 1 })}</span>
                    <span aria-hidden="true" className="font-mono">
                      {row.order + 1}
                    </span>
                  </label>
                  {row.translator ? (
                    <span>{t("by", { name: row.translator })}</span>
                  ) : (
                    <span>{t("confirmedAsIs")}</span>
                  )}
                </div>
                <div className="grid gap-4 md:grid-cols-2">
                  <p className="text-stone-700">
                    <SegmentText text={row.sourceText} lang={post.sourceLang} />
                  </p>
                  <dl className="space-y-2 font-serif">
                    <div>
                      <dt className="font-sans text-xs tracking-wide text-stone-500 uppercase">
                        {t("machineToTranslator")}
                      </dt>
                      <dd>
                        <DiffText before={row.mtText} after={row.translatorText} lang={post.targetLang} />
                      </dd>
                    </div>
                    {row.currentText !== row.translatorText ? (
                      <div>
                        <dt className="font-sans text-xs tracking-wide text-stone-500 uppercase">
                          {t("translatorToReviewer")}
                        </dt>
                        <dd>
                          <DiffText before={row.translatorText} after={row.currentText} lang={post.targetLang} />
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  <button type="button" className="btn-primary py-1.5" disabled={busy} onClick={() => approve([row])}>
                    {t("approve")}
                  </button>
                  <button
                    type="button"
                    className="btn-secondary py-1.5"
                    onClick={() => setPending({ kind: "return", segmentId: row.id })}
                  >
                    {t("return")}
                  </button>
                  <button
                    type="button"
                    className="btn-secondary py-1.5"
                    onClick={() => setPending({ kind: "edit", segmentId: row.id })}
                  >
                    {t("edit")}
                  </button>
                </div>
                {pending?.segmentId === row.id && pending.kind === "return" ? (
                  <ReturnForm
                    busy={busy}
                    onCancel={() => setPending(null)}
                    onReturn={(reason, comment) =>
                      run(() =>
                        reviewSegmentsAction({
                          decisions: [{ segmentId: row.id, version: row.version, verdict: "return", reason, comment }],
                          startedAt: startedAt.current,
                        }),
                      )
                    }
                  />
                ) : null}
                {pending?.segmentId === row.id && pending.kind === "edit" ? (
                  <EditForm
                    row={row}
                    lang={post.targetLang}
                    busy={busy}
                    onCancel={() => setPending(null)}
                    onApprove={(text) => approve([row], text)}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function ReturnForm({
  busy,
  onReturn,
  onCancel,
}: {
  busy: boolean;
  onReturn: (reason: ReturnReason, comment: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("review");
  const [reason, setReason] = useState<ReturnReason | "">("");
  const [comment, setComment] = useState("");
  return (
    <form
      className="mt-3 grid gap-3 rounded-md border border-amber-200 bg-amber-50 p-3 sm:grid-cols-[auto_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason) onReturn(reason, comment);
      }}
    >
      <div>
        <label htmlFor="return-reason" className="field-label">
          {t("reason")}
        </label>
        <select
          id="return-reason"
          required
          // biome-ignore lint/a11y/noAutofocus: the form opens on the reviewer's request
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value as ReturnReason)}
          className="field-input"
        >
          <option value="">{t("chooseReason")}</option>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="return-comment" className="field-label">
          {t("comment")}
        </label>
        <input
          id="return-comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          className="field-input"
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={busy || !reason}>
          {t("confirmReturn")}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function EditForm({
  row,
  lang,
  busy,
  onApprove,
  onCancel,
}: {
  row: ReviewRow;
  lang: string;
  busy: boolean;
  onApprove: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("review");
  const [text, setText] = useState(row.currentText);
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onApprove(text);
      }}
    >
      <label htmlFor={`review-edit-${row.id}`} className="field-label">
        {t("yourVersion")}
      </label>
      <textarea
        id={`review-edit-${row.id}`}
        lang={lang}
        value={text}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the reviewer's request
        autoFocus
        rows={3}
        onChange={(event) => setText(event.target.value)}
        className="field-input font-serif"
      />
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("approveWithEdit")}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
