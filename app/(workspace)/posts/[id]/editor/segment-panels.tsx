"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { DiffText } from "@/app/_components/diff-text";
import { SegmentText } from "@/app/_components/segment-text";
import type { ActionError } from "@/lib/errors";
import type { RevisionEntry } from "@/lib/server/segments/list-revisions";
import type { CommentEntry } from "@/lib/server/segments/segment-comments";
import { addCommentAction, listCommentsAction, listRevisionsAction } from "./actions";
import type { ConflictInfo, EditorSegment } from "./editor-types";

const PANEL = "mt-3 rounded-md border border-stone-200 bg-white p-3 text-sm shadow-sm";

export function ConflictPanel({
  conflict,
  lang,
  onKeepMine,
  onTakeTheirs,
  onEditMerge,
}: {
  conflict: ConflictInfo;
  lang: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onEditMerge: () => void;
}) {
  const t = useTranslations("editor.conflict");
  return (
    <section role="alert" aria-label={t("title")} className={`${PANEL} border-amber-300 bg-amber-50`}>
      <h3 className="font-semibold text-amber-950">{t("title")}</h3>
      <p className="mt-1 text-amber-950">{t("explain", { name: conflict.by ?? t("someone") })}</p>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{t("mine")}</h4>
          <p className="rounded bg-white p-2 font-serif" lang={lang}>
            <SegmentText text={conflict.mine} lang={lang} />
          </p>
        </div>
        <div>
          <h4 className="text-xs font-semibold tracking-wide text-stone-600 uppercase">
            {t("theirs", { version: conflict.theirVersion })}
          </h4>
          <p className="rounded bg-white p-2 font-serif" lang={lang}>
            <SegmentText text={conflict.theirs} lang={lang} />
          </p>
        </div>
      </div>
      <h4 className="mt-2 text-xs font-semibold tracking-wide text-stone-600 uppercase">{t("difference")}</h4>
      <p className="rounded bg-white p-2 font-serif">
        <DiffText before={conflict.theirs} after={conflict.mine} lang={lang} />
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={onKeepMine}>
          {t("keepMine")}
        </button>
        <button type="button" className="btn-secondary" onClick={onTakeTheirs}>
          {t("takeTheirs")}
        </button>
        <button type="button" className="btn-secondary" onClick={onEditMerge}>
          {t("editMerge")}
        </button>
      </div>
    </section>
  );
}

export function HistoryPanel({
  segment,
  lang,
  canEdit,
  onRevert,
}: {
  segment: EditorSegment;
  lang: string;
  canEdit: boolean;
  onRevert: (text: string) => void;
}) {
  const t = useTranslations("editor.historyPanel");
  const format = useFormatter();
  const [revisions, setRevisions] = useState<RevisionEntry[] | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload whenever the segment gets a new version
  useEffect(() => {
    let live = true;
    listRevisionsAction(segment.id).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [segment.id, segment.version]);
  return (
    <section aria-label={t("title")} className={PANEL}>
      <h3 className="font-semibold">{t("title")}</h3>
      {error ? <p role="alert">{error.message}</p> : null}
      {revisions === null && !error ? <p className="text-stone-500">{t("loading")}</p> : null}
      <ol className="mt-2 space-y-3">
        {(revisions ?? [])
          .map((revision, index, all) => ({ revision, previous: index > 0 ? all[index - 1].text : null }))
          .reverse()
          .map(({ revision, previous }) => (
            <li key={revision.id} className="border-l-2 border-stone-200 pl-3">
              <p className="text-xs text-stone-600">
                <span className="font-medium text-stone-800">{revision.author ?? t("system")}</span> ·{" "}
                {t(`kind.${revision.kind as "edit"}`)} · v{revision.version} ·{" "}
                <time dateTime={revision.createdAt}>{format.relativeTime(new Date(revision.createdAt))}</time>
              </p>
              <p className="mt-1 font-serif">
                {previous === null ? (
                  <SegmentText text={revision.text} lang={lang} />
                ) : (
                  <DiffText before={previous} after={revision.text} lang={lang} />
                )}
              </p>
              {canEdit && revision.text !== segment.targetText ? (
                <button
                  type="button"
                  className="mt-1 text-xs text-accent-700 underline"
                  onClick={() => onRevert(revision.text)}
                >
                  {t("revert")}
                </button>
              ) : null}
            </li>
          ))}
      </ol>
    </section>
  );
}

export function CommentsPanel({
  segmentId,
  canComment,
  onAdded,
}: {
  segmentId: number;
  canComment: boolean;
  onAdded: () => void;
}) {
  const t = useTranslations("editor.commentsPanel");
  const format = useFormatter();
  const [comments, setComments] = useState<CommentEntry[] | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  useEffect(() => {
    listCommentsAction(segmentId).then((result) => (result.ok ? setComments(result.data) : setError(result.error)));
  }, [segmentId]);
  return (
    <section aria-label={t("title")} className={PANEL}>
      <h3 className="font-semibold">{t("title")}</h3>
      {comments?.length === 0 ? <p className="mt-1 text-stone-500">{t("none")}</p> : null}
      <ol className="mt-2 space-y-2">
        {(comments ?? []).map((comment) => (
          <li key={comment.id}>
            <p className="text-xs text-stone-600">
              <span className="font-medium text-stone-800">{comment.author}</span> ·{" "}
              <time dateTime={comment.createdAt}>{format.relativeTime(new Date(comment.createdAt))}</time>
            </p>
            <p className="whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="mt-2 text-red-800">
          {error.message}
        </p>
      ) : null}
      {canComment ? (
        <form
          className="mt-3 flex flex-col gap-2"
          onSubmit={async (event) => {
            event.preventDefault();
            setSending(true);
            const result = await addCommentAction({ segmentId, body });
            setSending(false);
            if (!result.ok) return setError(result.error);
            setError(null);
            setBody("");
            setComments((previous) => [...(previous ?? []), result.data]);
            onAdded();
          }}
        >
          <label htmlFor={`comment-${segmentId}`} className="sr-only">
            {t("label")}
          </label>
          <textarea
            id={`comment-${segmentId}`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={2}
            placeholder={t("label")}
            className="field-input text-sm"
          />
          <button type="submit" className="btn-secondary self-start" disabled={sending || !body.trim()}>
            {t("add")}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function SplitPanel({
  segment,
  sourceLang,
  targetLang,
  onSplit,
  onCancel,
}: {
  segment: EditorSegment;
  sourceLang: string;
  targetLang: string;
  onSplit: (sourceAt: number, targetAt: number) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor.splitPanel");
  const source = useRef<HTMLTextAreaElement>(null);
  const target = useRef<HTMLTextAreaElement>(null);
  const guess = (text: string) => {
    const middle = Math.floor(text.length / 2);
    const stop = text.slice(0, middle).search(/[.!?…»”]\s+\S[^.!?…]*$/u);
    return stop > 0 ? text.indexOf(" ", stop) + 1 : middle;
  };
  return (
    <section aria-label={t("title")} className={PANEL}>
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="mt-1 text-stone-600">{t("explain")}</p>
      <label htmlFor={`split-source-${segment.id}`} className="field-label mt-2">
        {t("source")}
      </label>
      <textarea
        id={`split-source-${segment.id}`}
        ref={source}
        readOnly
        lang={sourceLang}
        defaultValue={segment.sourceText}
        rows={3}
        className="field-input text-sm"
        onFocus={(event) => event.currentTarget.setSelectionRange(guess(segment.sourceText), guess(segment.sourceText))}
      />
      <label htmlFor={`split-target-${segment.id}`} className="field-label mt-2">
        {t("target")}
      </label>
      <textarea
        id={`split-target-${segment.id}`}
        ref={target}
        readOnly
        lang={targetLang}
        defaultValue={segment.targetText}
        rows={3}
        className="field-input text-sm"
        onFocus={(event) => event.currentTarget.setSelectionRange(guess(segment.targetText), guess(segment.targetText))}
      />
      <div className="mt-3 flex gap-2">
        <button
          type="button"
          className="btn-primary"
          onClick={() =>
            onSplit(
              source.current?.selectionStart ?? guess(segment.sourceText),
              target.current?.selectionStart ?? guess(segment.targetText),
            )
          }
        >
          {t("split")}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </section>
  );
}
