import { describe, expect, it } from "vitest";
import { buildSamplePost } from "./__fixtures__/sample-post";
import { renderPostJson } from "./render-json";

describe("renderPostJson", () => {
  const post = buildSamplePost();
  const text = renderPostJson(post);
  const json = JSON.parse(text);

  it("is pretty-printed JSON with metadata and provenance", () => {
    expect(text).toMatch(/^\{\n {2}"format": "retouche-post",\n/);
    expect(json.formatVersion).toBe(1);
    expect(json.post).toEqual({
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
    });
    expect(json.provenance).toEqual({
      statement: "Machine translation corrected by volunteers.",
      machineTranslated: true,
      sourceUrl: post.sourceUrl,
      sourceDate: post.sourceDate,
      translators: ["Alice Martin", "Bruno Roy"],
      reviewers: ["Chloé Petit"],
    });
  });

  it("lists every segment with its block index, kind, texts, state, version and notes", () => {
    expect(json.segments).toHaveLength(8);
    expect(json.segments[2]).toEqual({
      id: 103,
      block: 2,
      kind: "paragraph",
      source: "{1}Face recognition{/1} is {2}dangerous{/2}.",
      target: "La {1}reconnaissance faciale{/1} est {2}dangereuse{/2}.",
      mt: "La reconnaissance du visage est dangereuse.",
      state: "APPROVED",
      version: 4,
      notes: ["Terme validé par le glossaire"],
    });
    expect(json.segments.map((segment: { block: number }) => segment.block)).toEqual([0, 1, 2, 2, 3, 4, 5, 6]);
  });

  it("keeps each block's tag table so the placeholders can be read", () => {
    expect(json.blocks[2]).toEqual({
      index: 2,
      kind: "paragraph",
      tags: post.blocks[2].tags,
      segmentIds: [103, 104],
    });
  });
});
