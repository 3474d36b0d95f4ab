import { describe, expect, it } from "vitest";
import { findTermInconsistencies } from "./find-term-variants";
import { buildTermIndex } from "./match-terms";
import { FRENCH_TEST_STEMS, makeTermEntry } from "./testing/term-fixtures";

const entry = makeTermEntry;

const index = buildTermIndex(
  [
    entry("face recognition", ["reconnaissance faciale"], ["reconnaissance des visages"]),
    entry("face surveillance", ["surveillance faciale"]),
    entry("civil liberties", ["libertés civiles"]),
  ],
  {
    sourceLang: "en",
    targetLang: "fr",
    targetStemmer: FRENCH_TEST_STEMS,
  },
);

describe("findTermInconsistencies", () => {
  it("lists each way a term is translated in the post, with its forms and segments", () => {
    const segments = [
      {
        id: "1",
        sourceText: "Face recognition is dangerous.",
        targetText: "La reconnaissance faciale est dangereuse.",
      },
      { id: "2", sourceText: "Ban face surveillance.", targetText: "Interdisez la surveillance du visage." },
      { id: "3", sourceText: "Face recognition programs", targetText: "Les programmes de reconnaissances faciales" },
      { id: "4", sourceText: "Stop face recognition.", targetText: "Arrêtez la reconnaissance des visages." },
      {
        id: "5",
        sourceText: "Face surveillance kills civil liberties.",
        targetText: "La surveillance faciale tue les libertés civiles.",
      },
      { id: "6", sourceText: "Face recognition, again.", targetText: "" },
    ];
    const found = findTermInconsistencies(index, segments);
    expect(
      found.map((item) => [
        item.entry.source,
        item.variants.map((variant) => [variant.kind, variant.term, variant.forms, variant.segments.map((s) => s.id)]),
      ]),
    ).toEqual([
      [
        "face recognition",
        [
          ["preferred", "reconnaissance faciale", ["reconnaissance faciale", "reconnaissances faciales"], ["1", "3"]],
          ["forbidden", "reconnaissance des visages", ["reconnaissance des visages"], ["4"]],
        ],
      ],
      [
        "face surveillance",
        [
          ["other", null, [], ["2"]],
          ["preferred", "surveillance faciale", ["surveillance faciale"], ["5"]],
        ],
      ],
    ]);
    const segment4 = found[0].variants[1].segments[0];
    expect(segments[3].sourceText.slice(segment4.source.start, segment4.source.end)).toBe("face recognition");
    expect(segment4.target?.text).toBe("reconnaissance des visages");
  });

  it("reports nothing when every segment agrees", () => {
    expect(
      findTermInconsistencies(index, [
        { id: "1", sourceText: "civil liberties", targetText: "libertés civiles" },
        { id: "2", sourceText: "Civil liberties.", targetText: "Les libertés civiles." },
      ]),
    ).toEqual([]);
  });
});
