import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { splitWordCheck } from "./split-word";

const FRENCH = [
  "faces",
  "aces",
  "des",
  "de",
  "membres",
  "chiffrement",
  "le",
  "la",
  "sur",
  "tout",
  "surtout",
  "en",
  "entre",
  "les",
  "murs",
  "a",
  "ces",
  "f",
];
const ctx = createContext("fr", FRENCH);

describe("split-word", () => {
  it("finds a word cut after its first letter and proposes the whole word", () => {
    const [finding] = splitWordCheck.run("the faces of members", "des f aces de membres", ctx);
    expect(finding).toMatchObject({ check: "split-word", severity: "error", start: 4, end: 10, fix: "faces" });
    expect(finding.message).toBe('"f aces" looks like one word split in two: "faces".');
  });

  it("finds a word cut in the middle", () => {
    const findings = splitWordCheck.run("encryption", "le chiff rement", ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 3, end: 15, fix: "chiffrement" });
  });

  it("leaves two real words alone even when they also make one", () => {
    expect(splitWordCheck.run("", "sur tout", ctx)).toEqual([]);
    expect(splitWordCheck.run("", "a ces murs", ctx)).toEqual([]);
  });

  it("leaves names, capitals and pairs copied from the source alone", () => {
    expect(splitWordCheck.run("", "la F Aces", ctx)).toEqual([]);
    expect(splitWordCheck.run("f aces", "f aces", ctx)).toEqual([]);
  });

  it("only joins pieces separated by a single plain space", () => {
    expect(splitWordCheck.run("", "f  aces", ctx)).toEqual([]);
    expect(splitWordCheck.run("", "f{1} aces", ctx)).toEqual([]);
  });

  it("needs a dictionary", () => {
    expect(splitWordCheck.run("", "des f aces", createContext("fr"))).toEqual([]);
  });
});
