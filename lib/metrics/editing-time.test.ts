import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countSourceWords,
  DEFAULT_IDLE_THRESHOLD_MS,
  type EditingEvent,
  isWithinMateCatSpeed,
  measureActiveEditingTime,
  measureWordsPerHour,
} from "./editing-time";

const s = (seconds: number) => seconds * 1000;
const event = (type: "focus" | "input" | "save" | "blur", segmentId: string, seconds: number): EditingEvent => ({
  type,
  segmentId,
  at: s(seconds),
});

describe("active editing time", () => {
  it("counts from focus to save", () => {
    const [a] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("input", "a", 5),
      event("input", "a", 10),
      event("save", "a", 12),
    ]);
    expect(a).toEqual({ segmentId: "a", activeMs: s(12), unsavedMs: 0, saves: 1 });
  });

  it("cuts out a gap longer than the idle threshold (a tab left open over lunch)", () => {
    const [a] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("input", "a", 5),
      event("input", "a", 5 + 45 * 60),
      event("save", "a", 5 + 45 * 60 + 2),
    ]);
    expect(a.activeMs).toBe(s(7));
  });

  it("keeps a gap of exactly the threshold, and takes another threshold when given", () => {
    const events = [event("focus", "a", 0), event("save", "a", DEFAULT_IDLE_THRESHOLD_MS / 1000)];
    expect(measureActiveEditingTime(events)[0].activeMs).toBe(DEFAULT_IDLE_THRESHOLD_MS);
    expect(measureActiveEditingTime(events, { idleThresholdMs: s(30) })[0].activeMs).toBe(0);
  });

  it("stops counting at an idle event (tab hidden) and starts again at the next input", () => {
    const [a] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("input", "a", 10),
      { type: "idle", at: s(20) },
      event("input", "a", 20 + 30 * 60),
      event("save", "a", 20 + 30 * 60 + 3),
    ]);
    expect(a.activeMs).toBe(s(23));
  });

  it("does not count the time after the last save as editing", () => {
    const [a] = measureActiveEditingTime([event("focus", "a", 0), event("save", "a", 10), event("blur", "a", 40)]);
    expect(a).toEqual({ segmentId: "a", activeMs: s(10), unsavedMs: s(30), saves: 1 });
  });

  it("gives each segment its own time when the translator moves from one to the next", () => {
    const [a, b] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("input", "a", 5),
      event("save", "a", 6),
      event("focus", "b", 8), // the 2 s before this click were still spent in a
      event("input", "b", 20),
      event("save", "b", 25),
    ]);
    expect(a).toEqual({ segmentId: "a", activeMs: s(6), unsavedMs: s(2), saves: 1 });
    expect(b).toEqual({ segmentId: "b", activeMs: s(17), unsavedMs: 0, saves: 1 });
  });

  it("adds up the visits before a save (the second visit finishes the segment)", () => {
    const [a] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("input", "a", 10),
      event("blur", "a", 15),
      event("focus", "b", 16),
      event("blur", "b", 17),
      event("focus", "a", 100),
      event("input", "a", 105),
      event("save", "a", 110),
    ]);
    expect(a.activeMs).toBe(s(25));
  });

  it("counts a second save only for the time since the first", () => {
    const [a] = measureActiveEditingTime([
      event("focus", "a", 0),
      event("save", "a", 10),
      event("input", "a", 14),
      event("save", "a", 16),
    ]);
    expect(a).toEqual({ segmentId: "a", activeMs: s(16), unsavedMs: 0, saves: 2 });
  });

  it("moves the focus on input in another segment when a focus event was lost", () => {
    const [a, b] = measureActiveEditingTime([event("focus", "a", 0), event("input", "b", 4), event("save", "b", 9)]);
    expect(a.unsavedMs).toBe(s(4));
    expect(b.activeMs).toBe(s(5));
  });

  it("ignores a blur of a segment that did not have focus", () => {
    const [a] = measureActiveEditingTime([event("focus", "a", 0), event("blur", "b", 3), event("save", "a", 5)]);
    expect(a.activeMs).toBe(s(5));
  });

  it("takes events by time when they arrive out of order", () => {
    const inOrder = [event("focus", "a", 0), event("input", "a", 3), event("save", "a", 8), event("blur", "a", 9)];
    const shuffled = [inOrder[2], inOrder[0], inOrder[3], inOrder[1]];
    expect(measureActiveEditingTime(shuffled)).toEqual(measureActiveEditingTime(inOrder));
  });

  it("returns nothing for no events and refuses events without a valid time", () => {
    expect(measureActiveEditingTime([])).toEqual([]);
    expect(() => measureActiveEditingTime([{ type: "focus", segmentId: "a", at: Number.NaN }])).toThrow(RangeError);
    expect(() => measureActiveEditingTime([], { idleThresholdMs: -1 })).toThrow(RangeError);
  });

  it("never credits more than the time between the first and the last event, nor a gap over the threshold", () => {
    const arbitraryEvent = fc.record({
      type: fc.constantFrom("focus", "input", "save", "blur", "idle"),
      segmentId: fc.constantFrom("a", "b", "c"),
      at: fc.integer({ min: 0, max: 3_600_000 }),
    }) as fc.Arbitrary<EditingEvent & { segmentId: string }>;
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 40 }), (events) => {
        const times = measureActiveEditingTime(events);
        const total = times.reduce((sum, t) => sum + t.activeMs + t.unsavedMs, 0);
        const span =
          events.length === 0 ? 0 : Math.max(...events.map((e) => e.at)) - Math.min(...events.map((e) => e.at));
        expect(total).toBeLessThanOrEqual(span);
        for (const t of times) {
          expect(t.activeMs).toBeGreaterThanOrEqual(0);
          expect(t.unsavedMs).toBeGreaterThanOrEqual(0);
        }
        // with no threshold at all, nothing is credited
        const none = measureActiveEditingTime(events, { idleThresholdMs: 0 });
        expect(none.every((t) => t.activeMs === 0 && t.unsavedMs === 0)).toBe(true);
      }),
    );
  });
});

describe("MateCat's speed filter", () => {
  it("keeps 0.25 to 30 seconds per source word, both ends included", () => {
    expect(isWithinMateCatSpeed({ activeMs: 2500, sourceWords: 10 })).toBe(true);
    expect(isWithinMateCatSpeed({ activeMs: 2499, sourceWords: 10 })).toBe(false);
    expect(isWithinMateCatSpeed({ activeMs: 300_000, sourceWords: 10 })).toBe(true);
    expect(isWithinMateCatSpeed({ activeMs: 300_001, sourceWords: 10 })).toBe(false);
  });

  it("leaves out a segment without words", () => {
    expect(isWithinMateCatSpeed({ activeMs: 5000, sourceWords: 0 })).toBe(false);
  });
});

describe("words per hour", () => {
  it("pools the kept segments' words over their time, and says what it left out", () => {
    const result = measureWordsPerHour([
      { activeMs: s(60), sourceWords: 10 }, // 6 s a word: kept
      { activeMs: s(30), sourceWords: 5 }, // 6 s a word: kept
      { activeMs: s(2), sourceWords: 20 }, // 0.1 s a word: confirmed without reading
      { activeMs: s(600), sourceWords: 5 }, // 120 s a word: left open
      { activeMs: s(4), sourceWords: 0 },
    ]);
    expect(result).toEqual({
      wordsPerHour: 600,
      words: 15,
      activeMs: s(90),
      keptSegments: 2,
      tooFastSegments: 2,
      tooSlowSegments: 1,
    });
  });

  it("has no figure rather than zero or infinity when nothing is kept", () => {
    expect(measureWordsPerHour([]).wordsPerHour).toBeNull();
    expect(measureWordsPerHour([{ activeMs: 0, sourceWords: 12 }]).wordsPerHour).toBeNull();
  });
});

describe("source words", () => {
  it("counts words and numbers, not lone punctuation", () => {
    expect(countSourceWords("Where is Microsoft?")).toBe(3);
    expect(countSourceWords("« Nous avons préconisé » — a indiqué la société")).toBe(7);
    expect(countSourceWords("more than 1,300 police departments")).toBe(5);
    expect(countSourceWords("   ")).toBe(0);
  });
});
