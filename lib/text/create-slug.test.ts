import { describe, expect, it } from "vitest";
import { createPostSlug, createSlug } from "./create-slug";

describe("createSlug", () => {
  it("folds accents and punctuation into hyphenated ASCII", () => {
    expect(createSlug("IBM et Amazon acceptent de prendre du recul. Où est Microsoft?")).toBe(
      "ibm-et-amazon-acceptent-de-prendre-du-recul-ou-est-microsoft",
    );
    expect(createSlug("L’ACLU « gagne » à 100 %")).toBe("laclu-gagne-a-100");
  });

  it("never returns an empty slug and cuts long ones on a word boundary", () => {
    expect(createSlug("?!…")).toBe("post");
    const long = createSlug("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("createPostSlug", () => {
  it("prefers the last path segment of the source URL", () => {
    expect(
      createPostSlug(
        "Titre",
        "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
      ),
    ).toBe("ibm-amazon-end-and-pause-fr-programs-where-microsoft");
  });

  it("falls back to the title when the URL has no meaningful segment", () => {
    expect(createPostSlug("Un titre", "https://example.org/")).toBe("un-titre");
    expect(createPostSlug("Un titre", "not a url")).toBe("un-titre");
  });
});
