"use client";

import { useTranslations } from "next-intl";
import { memo, useEffect, useRef } from "react";
import { DiffText } from "@/app/_components/diff-text";
import { SegmentText, TagChip } from "@/app/_components/segment-text";
import { isLowConfidence } from "@/lib/align/low-confidence";
import type { ActionError } from "@/lib/errors";
import type { Finding } from "@/lib/qa/types";
import { listSourceTags } from "@/lib/text/inline-tags";
import type { ConflictInfo, EditorSegment } from "./editor-types";
import { FindingText } from "./finding-text";
import { FindingsList } from "./findings-list";
import { StateBadge } from "./state-badge";

export type RowStatus = { saving?: boolean; error?: ActionError; conflict?: ConflictInfo };

export type RowHandlers = {
  activate: (id: number) => void;
  changeDraft: (id: number, text: string) => void;
  togglePanel: (id: number, kind: "history" | "comments" | "split") => void;
  insertTag: (id: number, tagIndex: number) => void;
  fix: (id: number, finding: Finding) => void;
  fixAll: (check: string) => void;
  dismiss: (id: number, finding: Finding, reason: string) => void;
};

type Props = {
  segment: EditorSegment;
  number: number;
  blockLabel: string | null;
  blockKind: string;
  active: boolean;
  draft: string | undefined;
  status: RowStatus | undefined;
  showDiff: boolean;
  editors: string[];
  sourceLang: string;
  targetLang: string;
  handlers: RowHandlers;
  findings: Finding[];
  /** fixable findings per check across the post (for "fix all"); only rows with findings need it */
  fixableByCheck: Record<string, number>;
  canEdit: boolean;
  children?: React.ReactNode;
};

function CommentIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="mr-0.5 inline size-3.5 align-[-2px]"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" strokeLinejoin="round" />
    </svg>
  );
}

export const SegmentRow = memo(function SegmentRow(props: Props) {
  const { segment, active, draft, status, handlers } = props;
  const t = useTranslations("editor");
  const tReasons = useTranslations("review.reasons");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const text = draft ?? segment.targetText;
  const unsaved = draft !== undefined && draft !== segment.targetText;
  const heading = props.blockKind === "title" || props.blockKind.startsWith("heading");

  useEffect(() => {
    if (!active || !textarea.current) return;
    const element = textarea.current;
    if (document.activeElement !== element) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(element.value.length, element.value.length);
    }
    element.closest("li")?.scrollIntoView({ block: "nearest" });
  }, [active]);

  useEffect(() => {
    // grow with the text, so long segments never hide behind a scrollbar
    const element = textarea.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${element.scrollHeight + 2}px`;
  });

  const tags = active ? listSourceTags(segment.sourceText) : [];
  return (
    <li
      id={`segment-${segment.id}`}
      aria-label={t("segmentLabel", { n: props.number })}
      aria-current={active ? "true" : undefined}
      className={`grid gap-x-6 gap-y-2 px-3 py-3 sm:px-4 md:grid-cols-2 ${active ? "bg-accent-50/60 ring-2 ring-accent-600 ring-inset" : ""} ${props.blockKind === "quote" ? "border-l-4 border-l-stone-300" : ""}`}
    >
      <div className={`min-w-0 text-stone-700 ${heading ? "font-semibold" : ""}`}>
        <div className="mb-1 flex items-center gap-2 text-xs text-stone-500">
          <span className="font-mono tabular-nums">{props.number}</span>
          {props.blockLabel ? <span className="tracking-wide uppercase">{props.blockLabel}</span> : null}
        </div>
        <p className="leading-relaxed">
          <SegmentText text={segment.sourceText} lang={props.sourceLang} />
        </p>
      </div>
      <div className="min-w-0">
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <StateBadge state={segment.state} />
          {unsaved ? <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("unsaved")}</span> : null}
          {status?.saving ? <span className="text-xs text-stone-500">{t("saving")}</span> : null}
          {isLowConfidence(segment.alignmentConfidence) ? (
            <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">⚠ {t("lowConfidence")}</span>
          ) : null}
          {props.editors.map((name) => (
            <span key={name} className="rounded bg-violet-100 px-1.5 text-xs text-violet-900">
              ✎ {t("editedBy", { name })}
            </span>
          ))}
          <span className="ml-auto flex gap-1">
            <button
              type="button"
              className="rounded px-1.5 py-0.5 text-xs text-stone-600 hover:bg-stone-100"
              aria-expanded={undefined}
              onClick={() => handlers.togglePanel(segment.id, "comments")}
            >
              <CommentIcon /> {t("comments", { count: segment.comments })}
            </button>
            <button
              type="button"
              className="rounded px-1.5 py-0.5 text-xs text-stone-600 hover:bg-stone-100"
              onClick={() => handlers.togglePanel(segment.id, "history")}
            >
              {t("history")}
            </button>
          </span>
        </div>
        {segment.state === "RETURNED" && segment.returned ? (
          <p className="mb-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-950">
            {t("returnedBecause", {
              reason: segment.returned.reason ? tReasons(segment.returned.reason as "style") : "",
              reviewer: segment.returned.reviewer,
            })}
            {segment.returned.comment ? <span className="block">“{segment.returned.comment}”</span> : null}
          </p>
        ) : null}
        {active ? (
          <>
            <label htmlFor={`target-${segment.id}`} className="sr-only">
              {t("targetLabel", { n: props.number })}
            </label>
            <textarea
              id={`target-${segment.id}`}
              ref={textarea}
              lang={props.targetLang}
              value={text}
              spellCheck
              rows={2}
              onChange={(event) => handlers.changeDraft(segment.id, event.target.value)}
              className={`block w-full resize-none rounded-md border border-stone-300 bg-white px-3 py-2 font-serif text-base leading-relaxed text-stone-900 shadow-inner focus:border-accent-600 ${heading ? "font-semibold" : ""}`}
            />
            {tags.length ? (
              <div className="mt-2 flex flex-wrap items-center gap-1 text-xs text-stone-600">
                <span>{t("insertTag")}</span>
                {tags.map((tag, index) => (
                  <button
                    key={tag.id}
                    type="button"
                    className="rounded border border-stone-300 bg-white px-1 hover:bg-stone-100"
                    title={t("insertTagShortcut", { n: index + 1 })}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => handlers.insertTag(segment.id, index)}
                  >
                    <TagChip label={tag.selfClosing ? `${tag.id}/` : `${tag.id}…/${tag.id}`} />
                  </button>
                ))}
              </div>
            ) : null}
          </>
        ) : (
          <button
            type="button"
            onClick={() => handlers.activate(segment.id)}
            className={`block w-full rounded-md px-1 py-0.5 text-left font-serif text-base leading-relaxed text-stone-900 hover:bg-stone-100 ${heading ? "font-semibold" : ""}`}
          >
            <span className="sr-only">{t("editSegment", { n: props.number })}: </span>
            {props.showDiff && text !== segment.mtText ? (
              <DiffText before={segment.mtText} after={text} lang={props.targetLang} />
            ) : (
              <FindingText text={text} findings={props.findings} lang={props.targetLang} />
            )}
          </button>
        )}
        {props.findings.length ? (
          <FindingsList
            findings={props.findings}
            canEdit={props.canEdit}
            fixableCount={(check) => props.fixableByCheck[check] ?? 0}
            onFix={(finding) => handlers.fix(segment.id, finding)}
            onFixAll={(check) => handlers.fixAll(check)}
            onDismiss={(finding, reason) => handlers.dismiss(segment.id, finding, reason)}
          />
        ) : null}
        {status?.error ? (
          <p role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">
            {status.error.message}
          </p>
        ) : null}
        {props.children}
      </div>
    </li>
  );
});
