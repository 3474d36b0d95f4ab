import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { tokenizePlaceholderText } from "@/lib/text/placeholders";
import { applyReplacements, compileSearch, findOccurrences, planUndo, type SearchSegment } from "./find-replace";

const post: SearchSegment[] = [
  { id: "1", sourceText: "Face surveillance is dangerous.", targetText: "La surveillance du visage est dangereuse." },
  {
    id: "2",
    sourceText: "Ban face surveillance.",
    targetText: "Interdisez la Surveillance du visage, {1}toute{/1} surveillance du visage.",
  },
  {
    id: "3",
    sourceText: "Read {1}our report{/1}.",
    targetText: "Lisez la surveillance {1}du visage{/1} et {{notre}} rapport.",
  },
  { id: "4", sourceText: "Visage is a word.", targetText: "Le visage, les visages, envisager." },
];

const texts = (occurrences: ReturnType<typeof findOccurrences>) =>
  occurrences.map((o) => [o.segmentId, o.text, o.blocked]);

describe("findOccurrences", () => {
  it("finds plain text in the targets, ignoring case unless asked, listing each occurrence with its context", () => {
    const found = findOccurrences(post, { query: "surveillance du visage" });
    expect(texts(found)).toEqual([
      ["1", "surveillance du visage", null],
      ["2", "Surveillance du visage", null],
      ["2", "surveillance du visage", null],
      ["3", "surveillance du visage", "crosses-inline-tag"],
    ]);
    expect(found[0]).toMatchObject({ id: "1:3", start: 3, end: 25, before: "La ", after: " est dangereuse." });
    expect(post[1].targetText.slice(found[2].start, found[2].end)).toBe("surveillance du visage");
    expect(texts(findOccurrences(post, { query: "surveillance du visage", caseSensitive: true }))).toHaveLength(3);
  });

  it("finds whole words only when asked, Unicode letters included", () => {
    expect(findOccurrences(post, { query: "visage" }).filter((o) => o.segmentId === "4")).toHaveLength(3);
    expect(
      texts(findOccurrences(post, { query: "visage", wholeWord: true }).filter((o) => o.segmentId === "4")),
    ).toEqual([["4", "visage", null]]);
    expect(
      findOccurrences([{ id: "x", sourceText: "", targetText: "déjà-vu, déjà" }], { query: "déjà", wholeWord: true }),
    ).toHaveLength(2);
  });

  it("searches the sources when asked", () => {
    expect(texts(findOccurrences(post, { query: "our report", field: "source" }))).toEqual([["3", "our report", null]]);
    expect(texts(findOccurrences(post, { query: "report.", field: "source" }))).toEqual([
      ["3", "report.", "crosses-inline-tag"],
    ]);
  });

  it("never matches a tag's syntax, and reads escaped braces as the braces a reader sees", () => {
    expect(findOccurrences(post, { query: "{1}" })).toEqual([]);
    expect(texts(findOccurrences(post, { query: "{notre}" }))).toEqual([["3", "{notre}", null]]);
  });

  it("reads regular expressions, skipping empty matches", () => {
    expect(
      texts(findOccurrences(post, { query: "visages?\\b", regex: true, field: "target" })).map((t) => t[1]),
    ).toEqual(["visage", "visage", "visage", "visage", "visage", "visages"]);
    expect(findOccurrences(post, { query: "x*", regex: true })).toEqual([]);
  });

  it("refuses an empty query and a bad pattern with a clear message", () => {
    expect(() => compileSearch({ query: "" })).toThrow(AppError);
    expect(() => compileSearch({ query: "(unclosed", regex: true })).toThrow(/not valid/);
    // Plain text is taken literally, whatever it contains
    expect(
      findOccurrences([{ id: "a", sourceText: "", targetText: "a (b) [c] 1+1 - x/y" }], { query: "(b) [c] 1+1 - x/y" }),
    ).toHaveLength(1);
  });
});

describe("applyReplacements", () => {
  const options = { query: "surveillance du visage" };

  it("replaces the ticked occurrences only, one change per segment, leaving blocked ones alone", () => {
    const found = findOccurrences(post, options, "surveillance faciale");
    const chosen = new Set(found.map((o) => o.id).filter((id) => id !== found[1].id));
    const changes = applyReplacements(post, options, "surveillance faciale", chosen);
    expect(changes).toEqual([
      {
        segmentId: "1",
        before: post[0].targetText,
        after: "La surveillance faciale est dangereuse.",
        replaced: 1,
      },
      {
        segmentId: "2",
        before: post[1].targetText,
        after: "Interdisez la Surveillance du visage, {1}toute{/1} surveillance faciale.",
        replaced: 1,
      },
    ]);
  });

  it("keeps tags just before and after a replaced occurrence, and escapes braces in the replacement", () => {
    const segments = [{ id: "t", sourceText: "", targetText: "{1}surveillance du visage{/1} {2/}visage" }];
    expect(applyReplacements(segments, options, "surveillance {faciale}", "all")[0].after).toBe(
      "{1}surveillance {{faciale}}{/1} {2/}visage",
    );
    expect(applyReplacements(segments, { query: "visage", wholeWord: true }, "face", "all")[0].after).toBe(
      "{1}surveillance du face{/1} {2/}face",
    );
  });

  it("expands $1, $<name>, $& and $$ with a regular expression, and takes the replacement literally otherwise", () => {
    const segments = [{ id: "r", sourceText: "", targetText: "le 12/05 et le 3/7" }];
    const dates = { query: "(?<d>\\d+)/(\\d+)", regex: true };
    expect(applyReplacements(segments, dates, "$2.$<d> ($&) $$1", "all")[0].after).toBe(
      "le 05.12 (12/05) $1 et le 7.3 (3/7) $1",
    );
    expect(applyReplacements(segments, { query: "12/05" }, "$1", "all")[0].after).toBe("le $1 et le 3/7");
  });

  it("refuses to replace in the sources", () => {
    expect(() => applyReplacements(post, { query: "face", field: "source" }, "x", "all")).toThrow(/read-only/);
  });

  it("never breaks a tag, whatever is searched and replaced (property)", () => {
    const piece = fc.constantFrom("a", "b", " ", "{1}", "{/1}", "{2/}", "{{", "}}", "ab");
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom("a", "ab", "b a", "a+", "[ab ]+", "\\{"),
        fc.constantFrom("", "x", "{", "$&$&"),
        (target, query, replacement) => {
          const segments = [{ id: "p", sourceText: "", targetText: target }];
          const [change] = applyReplacements(segments, { query, regex: true }, replacement, "all");
          if (!change) return;
          const tags = (value: string) => tokenizePlaceholderText(value).filter((token) => token.type !== "text");
          expect(tags(change.after)).toEqual(tags(target));
          // Replacing each match by itself leaves the text as it was, escaped braces included
          const identity = applyReplacements(segments, { query, regex: true }, "$&", "all");
          expect(identity).toEqual([]);
          const replaced = findOccurrences(segments, { query, regex: true }).filter((o) => !o.blocked).length;
          expect(change.replaced).toBe(replaced);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("planUndo", () => {
  it("reverts the segments still as the batch left them, and reports the ones edited since", () => {
    const changes = [
      { segmentId: "1", before: "a", after: "b", replaced: 1 },
      { segmentId: "2", before: "c", after: "d", replaced: 2 },
    ];
    expect(
      planUndo(
        changes,
        new Map([
          ["1", "b"],
          ["2", "d edited"],
        ]),
      ),
    ).toEqual({
      revert: [{ segmentId: "1", text: "a" }],
      conflicts: ["2"],
    });
  });
});
