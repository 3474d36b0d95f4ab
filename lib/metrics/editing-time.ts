// Time to edit, as pure rules over what the editor observes, so that a tab left open never counts as work.
//
// 1. Active editing time (measureActiveEditingTime). The editor sends a stream of events: a segment gets focus,
//    receives input, is saved, loses focus, or the page goes idle (tab hidden, window blurred, no activity).
//    Between two consecutive events while a segment has focus, the elapsed time is credited to that segment if it
//    is at most the idle threshold; a longer gap is cut out entirely (the person was elsewhere). Time counts
//    "focus to save", as MateCat's time-to-edit does: credited time waits as pending until the segment is saved,
//    and is then committed; pending time after the last save is reported apart (`unsavedMs`), not as editing.
//    Input or a save in a segment without a focus event (a lost event) moves the focus there, without credit for
//    the unknown time before it.
// 2. MateCat's speed filter (isWithinMateCatSpeed). MateCat leaves out of its editing statistics the segments whose
//    time-to-edit per source word is below 0.25 s (not really edited) or above 30 s (left open):
//    matecat/MateCat lib/Model/EditLog/EditLogModel.php (EDIT_TIME_FAST_CUT = 0.25, EDIT_TIME_SLOW_CUT = 30) and
//    lib/Model/Jobs/JobDao.php, whose job statistics keep `time_to_edit/raw_word_count BETWEEN 250 AND 30000`
//    (milliseconds, inclusive). We follow that aggregate rule; MateCat's per-segment display instead rounds to 0.1 s
//    and excludes both ends (EditLogSegmentStruct::isValidForEditLog). Words are the source segment's words.
// 3. Words per hour (measureWordsPerHour): the source words of the kept segments over their summed active time,
//    the way MateCat computes its job speed (summed time over summed words), not an average of segment speeds.

export type EditingEvent =
  | { type: "focus" | "input" | "save" | "blur"; segmentId: string; at: number }
  | { type: "idle"; at: number };

export type SegmentEditingTime = {
  segmentId: string;
  /** Active time committed by saves, in milliseconds. */
  activeMs: number;
  /** Active time after the last save (or with no save yet), not counted as editing. */
  unsavedMs: number;
  saves: number;
};

/** Gaps longer than this between two events are cut out (a minute: long enough to read a segment and think). */
export const DEFAULT_IDLE_THRESHOLD_MS = 60_000;

/** Per segment, in order of first appearance: active time from focus to save, idle gaps cut out. */
export function measureActiveEditingTime(
  events: readonly EditingEvent[],
  options: { idleThresholdMs?: number } = {},
): SegmentEditingTime[] {
  const threshold = options.idleThresholdMs ?? DEFAULT_IDLE_THRESHOLD_MS;
  if (!(threshold >= 0)) throw new RangeError(`idle threshold must be a non-negative number, got ${threshold}`);
  for (const event of events) {
    if (!Number.isFinite(event.at)) throw new RangeError(`editing event "${event.type}" has no valid time`);
  }
  // events may arrive out of order (batched, retried): take them by time, keeping the order of equal times
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at - b.event.at || a.index - b.index);

  const segments = new Map<string, SegmentEditingTime>();
  const segmentFor = (segmentId: string) => {
    let segment = segments.get(segmentId);
    if (segment === undefined) {
      segment = { segmentId, activeMs: 0, unsavedMs: 0, saves: 0 };
      segments.set(segmentId, segment);
    }
    return segment;
  };
  // the segment that has focus, and when the last event happened in it
  const state: { focused: { segment: SegmentEditingTime; lastAt: number } | null } = { focused: null };
  const creditUntil = (at: number) => {
    const { focused } = state;
    if (focused === null) return;
    const gap = at - focused.lastAt;
    if (gap <= threshold) focused.segment.unsavedMs += gap;
    focused.lastAt = at;
  };

  for (const { event } of ordered) {
    if (event.type === "idle") {
      creditUntil(event.at);
      state.focused = null;
      continue;
    }
    const segment = segmentFor(event.segmentId);
    if (event.type === "blur") {
      if (state.focused?.segment === segment) {
        creditUntil(event.at);
        state.focused = null;
      }
      continue;
    }
    if (state.focused?.segment === segment && event.type !== "focus") creditUntil(event.at);
    else {
      creditUntil(event.at); // the time until now belonged to the segment that had focus
      state.focused = { segment, lastAt: event.at };
    }
    if (event.type === "save") {
      segment.activeMs += segment.unsavedMs;
      segment.unsavedMs = 0;
      segment.saves++;
    }
  }
  return [...segments.values()];
}

/** MateCat's bounds on seconds per source word. */
export const MATECAT_FASTEST_SECONDS_PER_WORD = 0.25;
export const MATECAT_SLOWEST_SECONDS_PER_WORD = 30;

/** Whether a segment's editing time is plausible by MateCat's filter (0.25 to 30 s per source word, inclusive). */
export function isWithinMateCatSpeed(segment: { activeMs: number; sourceWords: number }): boolean {
  if (!(segment.sourceWords > 0)) return false;
  const msPerWord = segment.activeMs / segment.sourceWords;
  return msPerWord >= 1000 * MATECAT_FASTEST_SECONDS_PER_WORD && msPerWord <= 1000 * MATECAT_SLOWEST_SECONDS_PER_WORD;
}

export type WordsPerHour = {
  /** Source words per hour of active time over the kept segments; null when no segment was kept. */
  wordsPerHour: number | null;
  words: number;
  activeMs: number;
  keptSegments: number;
  /** Segments under 0.25 s per word, or with no words. */
  tooFastSegments: number;
  /** Segments over 30 s per word. */
  tooSlowSegments: number;
};

/** Words per hour of a post (or a person, or a period), keeping MateCat's filter. */
export function measureWordsPerHour(segments: readonly { activeMs: number; sourceWords: number }[]): WordsPerHour {
  let words = 0;
  let activeMs = 0;
  let keptSegments = 0;
  let tooFastSegments = 0;
  let tooSlowSegments = 0;
  for (const segment of segments) {
    if (isWithinMateCatSpeed(segment)) {
      words += segment.sourceWords;
      activeMs += segment.activeMs;
      keptSegments++;
    } else if (
      segment.sourceWords > 0 &&
      segment.activeMs / segment.sourceWords > 1000 * MATECAT_SLOWEST_SECONDS_PER_WORD
    ) {
      tooSlowSegments++;
    } else tooFastSegments++;
  }
  return {
    wordsPerHour: keptSegments === 0 ? null : (words * 3_600_000) / activeMs,
    words,
    activeMs,
    keptSegments,
    tooFastSegments,
    tooSlowSegments,
  };
}

/**
 * Words of a source segment, for the per-word rates: runs of non-space characters that hold a letter or a digit
 * (a lone dash or quotation mark is not a word). Strip inline tag placeholders first.
 */
export function countSourceWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
