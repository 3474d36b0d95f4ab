"use client";

import { useEffect, useRef, useState } from "react";

export type PresenceEntry = { userId: number; name: string; segmentId: number | null };

const HEARTBEAT_MS = 15_000;

/**
 * Who else is on this post and which segment each is editing (server-sent events), and tells the others where
 * this user is: on every change of segment, every 15 s, and "leaving" when the page goes away.
 */
export function usePresence(postId: number, activeSegmentId: number | null): PresenceEntry[] {
  const [entries, setEntries] = useState<PresenceEntry[]>([]);
  const active = useRef(activeSegmentId);
  active.current = activeSegmentId;

  useEffect(() => {
    const url = `/api/posts/${postId}/presence`;
    const source = new EventSource(url);
    source.addEventListener("presence", (event) => {
      setEntries(JSON.parse((event as MessageEvent<string>).data) as PresenceEntry[]);
    });
    const beat = () =>
      fetch(url, { method: "POST", body: JSON.stringify({ segmentId: active.current }), keepalive: true }).catch(
        () => {},
      );
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const leave = () => navigator.sendBeacon(url, JSON.stringify({ leaving: true }));
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      source.close();
      leave();
    };
  }, [postId]);

  useEffect(() => {
    fetch(`/api/posts/${postId}/presence`, {
      method: "POST",
      body: JSON.stringify({ segmentId: activeSegmentId }),
      keepalive: true,
    }).catch(() => {});
  }, [postId, activeSegmentId]);

  return entries;
}
