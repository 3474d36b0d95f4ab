import { describe, expect, it } from "vitest";
import { countChangedWords, diffWords } from "./diff-words";

describe("diffWords", () => {
  it("shows a word split in two being joined", () => {
    const parts = diffWords("des f aces de membres", "des faces de membres");
    expect(parts.filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "f aces" },
      { kind: "added", text: "faces" },
    ]);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("des faces de membres");
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("des f aces de membres");
  });

  it("returns one unchanged part for identical texts", () => {
    expect(diffWords("Même texte.", "Même texte.")).toEqual([{ kind: "same", text: "Même texte." }]);
  });

  it("counts added and removed words", () => {
    expect(countChangedWords(diffWords("une demi-étape vers", "un premier pas vers"))).toEqual({
      added: 3,
      removed: 2,
    });
  });
});

describe("diffWords on spacing fixes", () => {
  it("shows a removed space after an elided article and before a full stop", () => {
    expect(diffWords("l' ACLU a dit", "l'ACLU a dit").filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: " " },
    ]);
    const parts = diffWords("services de police .", "services de police.");
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("services de police .");
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("services de police.");
    expect(parts.some((p) => p.kind === "removed")).toBe(true);
  });
});
