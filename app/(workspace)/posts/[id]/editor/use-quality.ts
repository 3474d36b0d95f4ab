"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "@/lib/qa/types";

export type FindingsBySegment = Record<number, Finding[]>;

/**
 * The post's QA findings, kept fresh: loaded once, then re-checked per segment after each save and, for the
 * segment being edited, as the text is typed (the caller debounces).
 */
export function useQuality(postId: number) {
  const [findings, setFindings] = useState<FindingsBySegment>({});
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(new Map<number, number>());

  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation asks for a full reload
  useEffect(() => {
    let live = true;
    fetch(`/api/posts/${postId}/quality`)
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { findings: FindingsBySegment } | null) => {
        if (!live || !body) return;
        setFindings(body.findings);
        setLoaded(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [postId, generation]);

  const recheck = useCallback(async (segmentId: number, text: string) => {
    // answers may come back out of order: keep only the newest request's
    const ticket = (latest.current.get(segmentId) ?? 0) + 1;
    latest.current.set(segmentId, ticket);
    const response = await fetch(`/api/segments/${segmentId}/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    }).catch(() => null);
    if (!response?.ok || latest.current.get(segmentId) !== ticket) return;
    const body = (await response.json()) as { findings: Finding[] };
    setFindings((previous) => ({ ...previous, [segmentId]: body.findings }));
  }, []);

  const forget = useCallback((segmentId: number, finding: Finding) => {
    setFindings((previous) => ({
      ...previous,
      [segmentId]: (previous[segmentId] ?? []).filter((f) => f !== finding),
    }));
  }, []);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { findings, loaded, recheck, forget, reload };
}
