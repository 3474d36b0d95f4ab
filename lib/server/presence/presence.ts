import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

// Who is editing which segment, live. Kept in this process's memory: presence is ephemeral, and a single
// `next start` serves the embedded deployment. Several server processes would need a shared store (noted in
// the issue). Entries expire when a browser stops sending its heartbeat.

export type PresenceEntry = { userId: number; name: string; segmentId: number | null; seenAt: number };

const EXPIRY_MS = 30_000;
const posts = new Map<number, Map<number, PresenceEntry>>();
const listeners = new Map<number, Set<(entries: PresenceEntry[]) => void>>();

function entriesOf(postId: number): PresenceEntry[] {
  const entries = posts.get(postId);
  if (!entries) return [];
  const now = Date.now();
  for (const [userId, entry] of entries) if (now - entry.seenAt > EXPIRY_MS) entries.delete(userId);
  return [...entries.values()];
}

function broadcast(postId: number) {
  const snapshot = entriesOf(postId);
  for (const listener of listeners.get(postId) ?? []) listener(snapshot);
}

const announceSchema = z.object({
  postId: z.coerce.number().int().positive(),
  segmentId: z.union([z.coerce.number().int().positive(), z.null()]),
  leaving: z.boolean().default(false),
});

/** A browser says where its user is (a segment, no segment, or leaving the post). */
export function announcePresence(options: {
  actor: CurrentUser;
  postId: unknown;
  segmentId: unknown;
  leaving?: boolean;
}) {
  assertCan(options.actor, "post.read");
  const parsed = announceSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Invalid presence.");
  const { postId, segmentId, leaving } = parsed.data;
  const entries = posts.get(postId) ?? new Map<number, PresenceEntry>();
  posts.set(postId, entries);
  const before = entries.get(options.actor.id)?.segmentId;
  if (leaving) entries.delete(options.actor.id);
  else
    entries.set(options.actor.id, {
      userId: options.actor.id,
      name: options.actor.name,
      segmentId,
      seenAt: Date.now(),
    });
  if (leaving || before !== segmentId) broadcast(postId);
}

/** Follows a post's presence; the listener gets the whole list at once and after every change. */
export function watchPresence(options: {
  actor: CurrentUser;
  postId: unknown;
  onChange: (entries: PresenceEntry[]) => void;
}) {
  assertCan(options.actor, "post.read");
  const parsed = z.coerce.number().int().positive().safeParse(options.postId);
  if (!parsed.success) throw new AppError("not_found", "This post does not exist.");
  const postId = parsed.data;
  const set = listeners.get(postId) ?? new Set();
  listeners.set(postId, set);
  set.add(options.onChange);
  options.onChange(entriesOf(postId));
  // expiries have no event of their own: re-check now and then
  const sweep = setInterval(() => options.onChange(entriesOf(postId)), EXPIRY_MS / 2);
  return () => {
    clearInterval(sweep);
    set.delete(options.onChange);
  };
}
