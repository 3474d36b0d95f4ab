import { describe, expect, it } from "vitest";
import { buildPostDraft, createTitleFromText } from "./build-post-draft";
import { parseDocument } from "./parse-document";

const STORY_EN = [
  "Of everything my mother left me, the piano was the only thing I did not know what to do with. I don't play. I never learned, although she tried for two winters when I was small, with a patience I only understood much later.",
  "The tuner came on a Tuesday in November. He was older than I remembered, and he carried the same leather bag.",
];
const STORY_FR = [
  "De tout ce que ma mère m'a laissé, le piano était la seule chose dont je ne savais que faire. Je ne joue pas. Je n'ai jamais appris. Elle a pourtant essayé, deux hivers de suite, quand j'étais petite, avec une patience que je n'ai comprise que bien plus tard.",
  "L'accordeur est venu un mardi de novembre. Il était plus vieux que dans mon souvenir, et il portait la même sacoche de cuir.",
];

describe("buildPostDraft", () => {
  it("names a story pasted without a title line after its first sentence, and keeps that paragraph as text", () => {
    const draft = buildPostDraft({
      source: parseDocument({ content: STORY_EN.join("\n\n") }),
      mt: parseDocument({ content: STORY_FR.join("\n\n") }),
      sourceLang: "en",
      targetLang: "fr",
    });
    expect(draft.title).toBe("De tout ce que ma mère m'a laissé, le piano était la seule chose dont je ne savais que…");
    expect(draft.sourceTitle).toBe(
      "Of everything my mother left me, the piano was the only thing I did not know what to do…",
    );
    expect(draft.blocks.map((block) => block.kind)).toEqual(["paragraph", "paragraph"]);
    expect(draft.blocks[0].segments.map((s) => s.mtText)).toContain("Je ne joue pas.");
  });
});

describe("createTitleFromText", () => {
  it("keeps a short first sentence whole and cuts a long one at a word", () => {
    expect(createTitleFromText("Il pleuvait. Personne ne vint.", "fr")).toBe("Il pleuvait.");
    const title = createTitleFromText(`${"mot ".repeat(40)}fin.`, "fr");
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title).toMatch(/^mot( mot)+…$/);
  });
});
