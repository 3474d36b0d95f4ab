import type { ExportBlock, ExportPost, ExportSegment } from "../export-types";

let nextSegmentId = 101;

/** A segment with sensible defaults; ids count up from 101 in creation order. */
export function makeSegment(targetText: string, overrides: Partial<ExportSegment> = {}): ExportSegment {
  return {
    id: nextSegmentId++,
    sourceText: targetText,
    targetText,
    mtText: targetText,
    state: "EDITED",
    version: 1,
    notes: [],
    ...overrides,
  };
}

export function makeBlock(
  kind: ExportBlock["kind"],
  segments: ExportSegment[],
  tags: ExportBlock["tags"] = {},
): ExportBlock {
  return { kind, tags, segments };
}

export function makePost(blocks: ExportBlock[], overrides: Partial<ExportPost> = {}): ExportPost {
  return {
    id: 7,
    slug: "face-recognition-ban",
    title: "Interdire la reconnaissance faciale",
    sourceTitle: "Ban Face Recognition",
    sourceLang: "en",
    targetLang: "fr",
    sourceUrl: "https://www.eff.org/deeplinks/2020/06/ban-face-recognition",
    sourceDate: "2020-06-11T01:08:42.000Z",
    publishedAt: "2020-07-01T10:00:00.000Z",
    version: 2,
    credits: { translators: ["Alice Martin", "Bruno Roy"], reviewers: ["Chloé Petit"] },
    blocks,
    ...overrides,
  };
}

/**
 * The fixture of the brief: a title, a heading, two paragraphs with links and emphasis, a list of
 * two items and a quotation. Ids: title 101, heading 102, paragraphs 103-105, list 106-107, quote 108.
 */
export function buildSamplePost(): ExportPost {
  nextSegmentId = 101;
  const link = { name: "a", attrs: { href: "https://www.eff.org/issues/face-recognition", title: "Dossier" } };
  return makePost([
    makeBlock("title", [
      makeSegment("Interdire la reconnaissance faciale", {
        sourceText: "Ban Face Recognition",
        mtText: "Interdire la reconnaissance du visage",
        state: "APPROVED",
        version: 3,
      }),
    ]),
    makeBlock("heading2", [makeSegment("Pourquoi maintenant ?", { sourceText: "Why now?", state: "CONFIRMED" })]),
    makeBlock(
      "paragraph",
      [
        makeSegment("La {1}reconnaissance faciale{/1} est {2}dangereuse{/2}.", {
          sourceText: "{1}Face recognition{/1} is {2}dangerous{/2}.",
          mtText: "La reconnaissance du visage est dangereuse.",
          state: "APPROVED",
          version: 4,
          notes: ["Terme validé par le glossaire"],
        }),
        makeSegment("Les villes doivent agir!", { sourceText: "Cities must act!", state: "RETURNED", version: 2 }),
      ],
      { "1": link, "2": { name: "em", attrs: {} } },
    ),
    makeBlock(
      "paragraph",
      [
        makeSegment("Lisez {1}notre guide{/1} et {2}partagez-le{/2}.", {
          sourceText: "Read {1}our guide{/1} and {2}share it{/2}.",
          state: "MT",
        }),
      ],
      { "1": { name: "a", attrs: { href: "https://ssd.eff.org/" } }, "2": { name: "strong", attrs: {} } },
    ),
    makeBlock("list-item", [makeSegment("Premier point", { sourceText: "First point", state: "APPROVED" })]),
    makeBlock("list-item", [makeSegment("Second point", { sourceText: "Second point", state: "APPROVED" })]),
    makeBlock("quote", [makeSegment("« La vie privée est un droit »", { sourceText: "“Privacy is a right”" })]),
  ]);
}
