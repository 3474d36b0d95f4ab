import { describe, expect, it } from "vitest";
import { isGermanCompound } from "./german-compounds";

const known = new Set([
  "Gesicht",
  "Gesichts",
  "Erkennung",
  "Daten",
  "Schutz",
  "Überwachung",
  "Technologie",
  "Kamera",
  "Kameras",
]);
const isKnown = (word: string) => known.has(word);

describe("isGermanCompound", () => {
  it("accepts two or three known words, with linking letters", () => {
    expect(isGermanCompound("Gesichtserkennung", isKnown)).toBe(true);
    expect(isGermanCompound("Datenschutz", isKnown)).toBe(true);
    expect(isGermanCompound("Überwachungstechnologie", isKnown)).toBe(true);
    expect(isGermanCompound("Überwachungskameras", isKnown)).toBe(true);
    expect(isGermanCompound("Gesichtserkennungstechnologie", isKnown)).toBe(true);
  });

  it("rejects words with an unknown part or too short to split", () => {
    expect(isGermanCompound("Gesichtserkenung", isKnown)).toBe(false);
    expect(isGermanCompound("Daten", isKnown)).toBe(false);
    expect(isGermanCompound("Xyzschutz", isKnown)).toBe(false);
  });
});
