"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isLowConfidence } from "@/lib/align/low-confidence";
import { measureUntouchedMt } from "@/lib/metrics/untouched-mt";
import { applyFix } from "@/lib/qa/apply-fixes";
import type { Finding } from "@/lib/qa/types";
import { findUnbalancedTag, listSourceTags, wrapWithTag } from "@/lib/text/inline-tags";
import { measureProgress, type StateCounts } from "@/lib/workflow/post-status";
import type { SaveKind } from "@/lib/workflow/revision-kinds";
import { needsWork } from "@/lib/workflow/segment-states";
import { dismissFindingAction, fixAllFindingsAction, mergeSegmentsAction, splitSegmentAction } from "./actions";
import type { EditorBlock, EditorPost, EditorSegment, Filter } from "./editor-types";
import { HelpDialog } from "./help-dialog";
import { readLocalDrafts, writeLocalDraft } from "./local-drafts";
import { ReadingView } from "./reading-view";
import { requestSave, type SavedSegment } from "./save-segment-request";
import { CommentsPanel, ConflictPanel, HistoryPanel, SplitPanel } from "./segment-panels";
import { type RowHandlers, type RowStatus, SegmentRow } from "./segment-row";
import { matchShortcut } from "./shortcuts";
import { usePresence } from "./use-presence";
import { useQuality } from "./use-quality";

type Panel = { segmentId: number; kind: "history" | "comments" | "split" } | null;

const SHOW_DIFF_KEY = "retouche:show-diff";
// one shared empty list, so rows nobody else is editing keep equal props (memo)
const NOBODY: string[] = [];
const NO_FINDINGS: Finding[] = [];
const NO_COUNTS: Record<string, number> = {};
const FILTERS: Filter[] = ["all", "needs-work", "edited", "returned", "with-findings", "low-confidence"];

function matchesFilter(segment: EditorSegment, filter: Filter, findings: Record<number, Finding[]>): boolean {
  switch (filter) {
    case "with-findings":
      return (findings[segment.id]?.length ?? 0) > 0;
    case "all":
      return true;
    case "needs-work":
      return needsWork(segment.state);
    case "edited":
      return segment.state === "EDITED";
    case "returned":
      return segment.state === "RETURNED";
    case "low-confidence":
      return isLowConfidence(segment.alignmentConfidence);
  }
}

export function PostEditor({
  post,
  blocks,
  initialSegments,
  me,
  permissions,
}: {
  post: EditorPost;
  blocks: EditorBlock[];
  initialSegments: EditorSegment[];
  me: { id: number; name: string };
  permissions: { edit: boolean; confirm: boolean; comment: boolean; splitMerge: boolean };
}) {
  const t = useTranslations("editor");
  const tPost = useTranslations("post");
  const router = useRouter();
  const [segments, setSegments] = useState(initialSegments);
  const [drafts, setDrafts] = useState<Map<number, string>>(() => new Map());
  const [statuses, setStatuses] = useState<Map<number, RowStatus>>(() => new Map());
  const [activeId, setActiveId] = useState<number | null>(null);
  const [filter, setFilter] = useState<Filter>("all");
  const [showDiff, setShowDiff] = useState(true);
  const [view, setView] = useState<"side" | "reading">("side");
  const [panel, setPanel] = useState<Panel>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const presence = usePresence(post.id, activeId);
  const { findings: qaFindings, recheck, forget, reload: reloadQuality } = useQuality(post.id);

  // the diff toggle is a personal preference: it survives reloads
  useEffect(() => setShowDiff(window.localStorage.getItem(SHOW_DIFF_KEY) !== "false"), []);
  const changeShowDiff = (value: boolean) => {
    setShowDiff(value);
    window.localStorage.setItem(SHOW_DIFF_KEY, String(value));
  };

  // links to a segment (#segment-12, from notifications and the returned list) land on its row once it exists
  useEffect(() => {
    const id = /^#segment-(\d+)$/.exec(window.location.hash)?.[1];
    if (id) document.getElementById(`segment-${id}`)?.scrollIntoView({ block: "center" });
  }, []);

  // a new server render (after a split or a merge) brings new segments
  useEffect(() => setSegments(initialSegments), [initialSegments]);

  // drafts left unsaved in this browser (a reload, a crash) come back, still marked unsaved
  useEffect(() => {
    const stored = readLocalDrafts(initialSegments.map((s) => s.id));
    if (stored.size === 0) return;
    setDrafts((previous) => {
      const next = new Map(previous);
      for (const [id, draft] of stored) next.set(id, draft.text);
      return next;
    });
  }, [initialSegments]);

  const segmentsRef = useRef(segments);
  segmentsRef.current = segments;
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const statusesRef = useRef(statuses);
  statusesRef.current = statuses;
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  // segments whose save is on its way: leaving such a row must not send the same text twice
  const inFlight = useRef(new Set<number>());

  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  // segments are numbered by their place in the article (orders may have gaps after a merge)
  const numberOf = useMemo(() => new Map(segments.map((s, index) => [s.id, index + 1])), [segments]);
  const numberRef = useRef(numberOf);
  numberRef.current = numberOf;
  const blockKind = useMemo(() => new Map(blocks.map((b) => [b.id, b.kind])), [blocks]);
  const segmentsByBlock = useMemo(() => {
    const map = new Map<number, EditorSegment[]>();
    for (const segment of segments) map.set(segment.blockId, [...(map.get(segment.blockId) ?? []), segment]);
    return map;
  }, [segments]);
  const visible = useMemo(
    () => segments.filter((s) => matchesFilter(s, filter, qaFindings)),
    [segments, filter, qaFindings],
  );
  const fixableByCheck = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const list of Object.values(qaFindings)) {
      for (const f of list) if (f.fix !== null) counts[f.check] = (counts[f.check] ?? 0) + 1;
    }
    return counts;
  }, [qaFindings]);
  const untouched = useMemo(() => measureUntouchedMt(segments), [segments]);
  const progress = useMemo(() => {
    const counts: StateCounts = {};
    for (const s of segments) counts[s.state] = (counts[s.state] ?? 0) + 1;
    return measureProgress(counts);
  }, [segments]);

  const setStatus = useCallback((id: number, status: RowStatus | undefined) => {
    setStatuses((previous) => {
      const next = new Map(previous);
      if (status) next.set(id, status);
      else next.delete(id);
      return next;
    });
  }, []);

  const setDraft = useCallback((id: number, text: string | undefined, baseVersion?: number) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      if (text === undefined) next.delete(id);
      else next.set(id, text);
      return next;
    });
    writeLocalDraft(id, text === undefined ? null : { text, baseVersion: baseVersion ?? 0 });
  }, []);

  const applySaved = useCallback(
    (saved: SavedSegment) => {
      setSegments((previous) =>
        previous.map((s) =>
          s.id === saved.id ? { ...s, targetText: saved.text, state: saved.state, version: saved.version } : s,
        ),
      );
      // text typed while the save was on its way stays as a draft, now based on the saved version
      const draft = draftsRef.current.get(saved.id);
      if (draft === undefined || draft === saved.text) setDraft(saved.id, undefined);
    },
    [setDraft],
  );

  /** Sends a segment's text; the row shows saving, then the result (or the conflict view). */
  const save = useCallback(
    async (id: number, text: string, kind: SaveKind, baseVersion?: number) => {
      const segment = segmentsRef.current.find((s) => s.id === id);
      if (!segment) return false;
      const unbalanced = kind === "confirm" ? null : findUnbalancedTag(text);
      if (unbalanced) {
        setStatus(id, {
          error: { code: "invalid_input", message: t(`tagProblem.${unbalanced.problem}`, { id: unbalanced.id }) },
        });
        return false;
      }
      setStatus(id, { saving: true });
      inFlight.current.add(id);
      const answer = await requestSave(id, { text, baseVersion: baseVersion ?? segment.version, kind }).finally(() =>
        inFlight.current.delete(id),
      );
      if (answer.ok) {
        applySaved(answer.segment);
        void recheck(id, answer.segment.text);
        setStatus(id, undefined);
        setAnnouncement(t("savedAnnouncement", { n: numberRef.current.get(id) ?? 0 }));
        return true;
      }
      if ("conflict" in answer) {
        setStatus(id, {
          conflict: {
            mine: text,
            theirs: answer.conflict.text,
            theirVersion: answer.conflict.version,
            theirState: answer.conflict.state,
            by: answer.conflict.updatedBy,
          },
        });
        setActiveId(id);
        return false;
      }
      setStatus(id, { error: answer.error });
      return false;
    },
    [applySaved, setStatus, t, recheck],
  );

  /** Leaving a row saves what changed in it (in the background: moving on never waits for the network). */
  const leave = useCallback(
    (id: number | null) => {
      if (id === null || !permissions.edit) return;
      const draft = draftsRef.current.get(id);
      const segment = segmentsRef.current.find((s) => s.id === id);
      const busy = inFlight.current.has(id) || statusesRef.current.get(id)?.conflict;
      if (segment && draft !== undefined && draft !== segment.targetText && !busy) void save(id, draft, "edit");
    },
    [permissions.edit, save],
  );

  const activate = useCallback(
    (id: number | null) => {
      setActiveId((current) => {
        if (current !== id) leave(current);
        return id;
      });
    },
    [leave],
  );

  const move = useCallback(
    (from: number | null, direction: 1 | -1, predicate: (s: EditorSegment) => boolean = () => true) => {
      const list = visible;
      const index = from === null ? -1 : list.findIndex((s) => s.id === from);
      for (let i = index + direction; i >= 0 && i < list.length; i += direction) {
        if (predicate(list[i])) return activate(list[i].id);
      }
      setAnnouncement(t("noMore"));
    },
    [activate, t, visible],
  );

  const handlers: RowHandlers = useMemo(
    () => ({
      activate: (id) => activate(id),
      changeDraft: (id, text) => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        setDraft(id, text, segment?.version);
      },
      togglePanel: (id, kind) =>
        setPanel((current) => (current?.segmentId === id && current.kind === kind ? null : { segmentId: id, kind })),
      fix: (id, finding) => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        if (!segment) return;
        const text = applyFix(draftsRef.current.get(id) ?? segment.targetText, finding);
        if (activeRef.current === id) setDraft(id, text, segment.version);
        else void save(id, text, "autofix");
      },
      fixAll: async (check) => {
        const result = await fixAllFindingsAction({ postId: post.id, check });
        if (!result.ok) return setAnnouncement(result.error.message);
        for (const saved of result.data.segments) applySaved({ ...saved, updatedBy: me.name });
        reloadQuality();
        setAnnouncement(t("qa.fixedAll", { count: result.data.fixed }));
      },
      dismiss: async (id, finding, reason) => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        if (!segment) return;
        const text = draftsRef.current.get(id) ?? segment.targetText;
        const result = await dismissFindingAction({
          segmentId: id,
          check: finding.check,
          excerpt: text.slice(finding.start, finding.end),
          reason,
        });
        if (result.ok) forget(id, finding);
        else setStatus(id, { error: result.error });
      },
      insertTag: (id, tagIndex) => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        const tag = segment ? listSourceTags(segment.sourceText)[tagIndex] : undefined;
        const element = document.getElementById(`target-${id}`) as HTMLTextAreaElement | null;
        if (!segment || !tag || !element) return;
        const result = wrapWithTag(element.value, element.selectionStart, element.selectionEnd, tag);
        setDraft(id, result.text, segment.version);
        requestAnimationFrame(() => {
          element.focus();
          element.setSelectionRange(result.start, result.end);
        });
      },
    }),
    [activate, setDraft, save, applySaved, post.id, me.name, reloadQuality, forget, t, setStatus],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const shortcut = matchShortcut(event);
    if (!shortcut) return;
    if (shortcut.id === "help") {
      event.preventDefault();
      setHelpOpen(true);
      return;
    }
    if (activeId === null) {
      if (shortcut.id === "next" || shortcut.id === "nextNeedsWork") {
        event.preventDefault();
        move(null, 1, shortcut.id === "nextNeedsWork" ? (s) => needsWork(s.state) : undefined);
      }
      return;
    }
    const segment = byId.get(activeId);
    if (!segment) return;
    const draft = drafts.get(activeId);
    event.preventDefault();
    switch (shortcut.id) {
      case "saveNext":
        if (permissions.edit && draft !== undefined && draft !== segment.targetText) void save(activeId, draft, "edit");
        move(activeId, 1);
        break;
      case "confirmNext":
        if (permissions.confirm && (draft === undefined || draft === segment.targetText)) {
          void save(activeId, segment.targetText, "confirm");
          move(activeId, 1);
        }
        break;
      case "next":
        move(activeId, 1);
        break;
      case "previous":
        move(activeId, -1);
        break;
      case "nextNeedsWork":
        move(activeId, 1, (s) => needsWork(s.state) && s.id !== activeId);
        break;
      case "cancel":
        setDraft(activeId, undefined);
        setStatus(activeId, undefined);
        setActiveId(null);
        document.getElementById(`segment-${activeId}`)?.querySelector("button")?.focus();
        break;
      case "copySource":
        setDraft(activeId, segment.sourceText, segment.version);
        break;
      case "insertTag":
        handlers.insertTag(activeId, shortcut.tag ?? 0);
        break;
    }
  };

  // findings follow the text being typed (debounced, so a fast typist sends one check per pause)
  const activeDraft = activeId === null ? undefined : drafts.get(activeId);
  useEffect(() => {
    if (activeId === null || activeDraft === undefined) return;
    const timer = setTimeout(() => void recheck(activeId, activeDraft), 400);
    return () => clearTimeout(timer);
  }, [activeId, activeDraft, recheck]);

  const editorsBySegment = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const entry of presence) {
      if (entry.userId === me.id || entry.segmentId === null) continue;
      map.set(entry.segmentId, [...(map.get(entry.segmentId) ?? []), entry.name]);
    }
    return map;
  }, [presence, me.id]);

  function activeTools(segment: EditorSegment, nextInBlock: EditorSegment | undefined) {
    const draft = drafts.get(segment.id);
    const dirty = draft !== undefined && draft !== segment.targetText;
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        {permissions.edit ? (
          <button
            type="button"
            className="btn-primary py-1.5"
            disabled={!dirty}
            onClick={() => {
              if (draft !== undefined) void save(segment.id, draft, "edit");
              move(segment.id, 1);
            }}
          >
            {t("saveNext")}
          </button>
        ) : null}
        {permissions.confirm && (segment.state === "MT" || segment.state === "RETURNED") && !dirty ? (
          <button
            type="button"
            className="btn-secondary py-1.5"
            onClick={() => {
              void save(segment.id, segment.targetText, "confirm");
              move(segment.id, 1);
            }}
          >
            {t("confirm")}
          </button>
        ) : null}
        <button
          type="button"
          className="btn-secondary py-1.5"
          onClick={() => setDraft(segment.id, segment.sourceText, segment.version)}
        >
          {t("copySource")}
        </button>
        {dirty ? (
          <button
            type="button"
            className="btn-secondary py-1.5"
            onClick={() => {
              setDraft(segment.id, undefined);
              setStatus(segment.id, undefined);
            }}
          >
            {t("cancel")}
          </button>
        ) : null}
        {permissions.splitMerge ? (
          <button
            type="button"
            className="btn-secondary py-1.5"
            onClick={() => handlers.togglePanel(segment.id, "split")}
          >
            {t("split")}
          </button>
        ) : null}
        {permissions.splitMerge && nextInBlock ? (
          <button
            type="button"
            className="btn-secondary py-1.5"
            onClick={async () => {
              const result = await mergeSegmentsAction({
                postId: post.id,
                segmentId: segment.id,
                version: segment.version,
                nextVersion: nextInBlock.version,
              });
              if (result.ok) router.refresh();
              else setStatus(segment.id, { error: result.error });
            }}
          >
            {t("mergeNext")}
          </button>
        ) : null}
      </div>
    );
  }

  function panelsFor(segment: EditorSegment) {
    const status = statuses.get(segment.id);
    return (
      <>
        {status?.conflict ? (
          <ConflictPanel
            conflict={status.conflict}
            lang={post.targetLang}
            onKeepMine={() => {
              const conflict = status.conflict;
              if (conflict) void save(segment.id, conflict.mine, "edit", conflict.theirVersion);
            }}
            onTakeTheirs={() => {
              const conflict = status.conflict;
              if (!conflict) return;
              applySaved({
                id: segment.id,
                text: conflict.theirs,
                state: conflict.theirState,
                version: conflict.theirVersion,
                updatedBy: conflict.by,
              });
              setStatus(segment.id, undefined);
            }}
            onEditMerge={() => {
              const conflict = status.conflict;
              if (!conflict) return;
              // edit on top of their version: my text stays in the box, the next save is based on theirs
              setSegments((previous) =>
                previous.map((s) =>
                  s.id === segment.id
                    ? { ...s, targetText: conflict.theirs, version: conflict.theirVersion, state: conflict.theirState }
                    : s,
                ),
              );
              setDraft(segment.id, conflict.mine, conflict.theirVersion);
              setStatus(segment.id, undefined);
              setActiveId(segment.id);
            }}
          />
        ) : null}
        {panel?.segmentId === segment.id && panel.kind === "history" ? (
          <HistoryPanel
            segment={segment}
            lang={post.targetLang}
            canEdit={permissions.edit}
            onRevert={(text) => void save(segment.id, text, "revert")}
          />
        ) : null}
        {panel?.segmentId === segment.id && panel.kind === "comments" ? (
          <CommentsPanel
            segmentId={segment.id}
            canComment={permissions.comment}
            onAdded={() =>
              setSegments((previous) =>
                previous.map((s) => (s.id === segment.id ? { ...s, comments: s.comments + 1 } : s)),
              )
            }
          />
        ) : null}
        {panel?.segmentId === segment.id && panel.kind === "split" ? (
          <SplitPanel
            segment={segment}
            sourceLang={post.sourceLang}
            targetLang={post.targetLang}
            onCancel={() => setPanel(null)}
            onSplit={async (sourceAt, targetAt) => {
              const result = await splitSegmentAction({
                postId: post.id,
                segmentId: segment.id,
                version: segment.version,
                sourceAt,
                targetAt,
              });
              if (!result.ok) return setStatus(segment.id, { error: result.error });
              setPanel(null);
              router.refresh();
            }}
          />
        ) : null}
      </>
    );
  }

  const percent = (n: number) => (progress.total ? Math.round((n / progress.total) * 100) : 0);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts bubble up from the rows' controls
    <div onKeyDown={onKeyDown}>
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <fieldset className="flex rounded-md border border-stone-300 bg-white p-0.5 text-sm">
            <legend className="sr-only">{t("view")}</legend>
            {(["side", "reading"] as const).map((v) => (
              <label
                key={v}
                className={`cursor-pointer rounded px-2.5 py-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600 ${view === v ? "bg-accent-700 text-white" : "text-stone-700"}`}
              >
                <input
                  type="radio"
                  name="view"
                  value={v}
                  checked={view === v}
                  onChange={() => setView(v)}
                  className="sr-only"
                />
                {t(`views.${v}`)}
              </label>
            ))}
          </fieldset>
          <div className="flex items-center gap-2 text-sm">
            <label htmlFor="segment-filter" className="text-stone-600">
              {t("filter")}
            </label>
            <select
              id="segment-filter"
              value={filter}
              onChange={(event) => setFilter(event.target.value as Filter)}
              className="rounded-md border border-stone-300 bg-white px-2 py-1"
            >
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`filters.${f}`, { count: segments.filter((s) => matchesFilter(s, f, qaFindings)).length })}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm text-stone-700">
            <input
              type="checkbox"
              checked={showDiff}
              onChange={(event) => changeShowDiff(event.target.checked)}
              className="accent-accent-700"
            />
            {t("showChanges")}
          </label>
          <span className="text-sm text-stone-600" title={t("untouchedHint")}>
            {t("untouched", { percent: Math.round(untouched.ratio * 100) })}
          </span>
          <button type="button" className="text-sm text-accent-700 underline" onClick={() => setHelpOpen(true)}>
            {t("shortcuts")}
          </button>
          <div className="ml-auto flex min-w-48 flex-1 items-center gap-2 sm:flex-none">
            <div
              role="progressbar"
              aria-label={t("progress", {
                translated: progress.translated,
                total: progress.total,
                approved: progress.approved,
              })}
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.translated}
              className="relative h-2 flex-1 overflow-hidden rounded-full bg-stone-200 sm:w-40"
            >
              <div
                className="absolute inset-y-0 left-0 bg-accent-100"
                style={{ width: `${percent(progress.translated)}%` }}
              />
              <div
                className="absolute inset-y-0 left-0 bg-accent-600"
                style={{ width: `${percent(progress.approved)}%` }}
              />
            </div>
            <span className="text-xs whitespace-nowrap text-stone-600 tabular-nums">
              {progress.translated}/{progress.total}
            </span>
          </div>
        </div>
        {presence.filter((p) => p.userId !== me.id).length ? (
          <p className="mt-2 text-xs text-stone-600">
            {t("alsoHere", {
              names: presence
                .filter((p) => p.userId !== me.id)
                .map((p) => p.name)
                .join(", "),
            })}
          </p>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {view === "reading" ? (
        <ReadingView
          blocks={blocks}
          segmentsByBlock={segmentsByBlock}
          drafts={drafts}
          lang={post.targetLang}
          pickLabel={(id) => t("goToSegment", { n: numberOf.get(id) ?? 0 })}
          onPick={(id) => {
            setFilter("all");
            setView("side");
            activate(id);
          }}
        />
      ) : (
        <div className="card overflow-hidden">
          <div className="hidden grid-cols-2 gap-6 border-b border-stone-200 bg-stone-100 px-4 py-2 text-xs font-semibold tracking-wide text-stone-600 uppercase md:grid">
            <span>{tPost("sourceColumn")}</span>
            <span>{tPost("targetColumn", { lang: post.targetLang })}</span>
          </div>
          {visible.length === 0 ? <p className="p-6 text-stone-600">{t("emptyFilter")}</p> : null}
          <ol className="divide-y divide-stone-200">
            {visible.map((segment) => {
              const inBlock = segmentsByBlock.get(segment.blockId) ?? [];
              const position = inBlock.indexOf(segment);
              const kind = blockKind.get(segment.blockId) ?? "paragraph";
              const active = segment.id === activeId;
              const hasPanel = statuses.has(segment.id) || panel?.segmentId === segment.id;
              return (
                <SegmentRow
                  key={segment.id}
                  segment={segment}
                  number={numberOf.get(segment.id) ?? 0}
                  blockKind={kind}
                  blockLabel={position === 0 && kind !== "paragraph" ? tPost(`blockKind.${kind as "paragraph"}`) : null}
                  active={active}
                  draft={drafts.get(segment.id)}
                  status={statuses.get(segment.id)}
                  showDiff={showDiff}
                  editors={editorsBySegment.get(segment.id) ?? NOBODY}
                  sourceLang={post.sourceLang}
                  targetLang={post.targetLang}
                  handlers={handlers}
                  findings={qaFindings[segment.id] ?? NO_FINDINGS}
                  fixableByCheck={qaFindings[segment.id]?.length ? fixableByCheck : NO_COUNTS}
                  canEdit={permissions.edit}
                >
                  {active || hasPanel ? (
                    <>
                      {active ? activeTools(segment, inBlock[position + 1]) : null}
                      {panelsFor(segment)}
                    </>
                  ) : null}
                </SegmentRow>
              );
            })}
          </ol>
        </div>
      )}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
