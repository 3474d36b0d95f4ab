import { describe, expect, it } from "vitest";
import { createTableStemmer } from "@/lib/terms/stemmer";
import { FRENCH_TEST_STEMS, makeTermEntry } from "@/lib/terms/testing/term-fixtures";
import { applyFixes, runChecks } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { createTermbaseCheck } from "./termbase";

const entry = makeTermEntry;

const check = createTermbaseCheck(
  [
    entry("face recognition", ["reconnaissance faciale"], ["reconnaissance des visages"]),
    entry("face surveillance", ["surveillance faciale"], ["surveillance du visage"]),
    entry("law enforcement", ["forces de l'ordre", "police"]),
    entry("Ring", [], ["Anneau"]),
  ],
  {
    sourceLang: "en",
    targetLang: "fr",
    sourceStemmer: createTableStemmer({ programs: ["program"] }),
    targetStemmer: FRENCH_TEST_STEMS,
  },
);
const ctx = createContext("fr");
const run = (source: string, target: string) => check.run(source, target, ctx);

describe("termbase check", () => {
  it("accepts the preferred translation, inflected", () => {
    expect(
      run("Face recognition programs are spreading.", "Les programmes de reconnaissance faciale se répandent."),
    ).toEqual([]);
    expect(run("Ban face recognition.", "Interdisons les reconnaissances faciales.")).toEqual([]);
    expect(run("Law enforcement agencies", "Les services de police")).toEqual([]);
  });

  it("flags a forbidden translation where it stands, with the preferred one as its fix", () => {
    const target = "Reconnaissance des visages : les dangers de la surveillance du visage.";
    const findings = run("Face recognition: the dangers of face surveillance.", target);
    expect(findings.map((f) => [target.slice(f.start, f.end), f.fix, f.severity])).toEqual([
      ["Reconnaissance des visages", "Reconnaissance faciale", "warning"],
      ["surveillance du visage", "surveillance faciale", "warning"],
    ]);
    expect(findings[0].message).toBe(
      '"Reconnaissance des visages" is a forbidden translation of "face recognition" in the termbase: write "Reconnaissance faciale".',
    );
    expect(applyFixes(target, findings)).toBe("Reconnaissance faciale : les dangers de la surveillance faciale.");
  });

  it("flags a preferred translation missing from the whole segment, without a fix", () => {
    const target = "La police utilise l'identification des visages.";
    const findings = run("The police use face recognition.", target);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 0, end: target.length, fix: null });
    expect(findings[0].message).toBe(
      'The termbase translates "face recognition" as "reconnaissance faciale"; the translation uses neither.',
    );
  });

  it("flags a forbidden-only entry, without a fix, and stays silent where the source lacks the term", () => {
    const findings = run("Amazon's Ring cameras", "Les caméras Anneau d'Amazon");
    expect(findings.map((f) => [f.fix, f.message])).toEqual([
      [null, '"Anneau" is a forbidden translation of "Ring" in the termbase.'],
    ]);
    expect(run("The weather is fine.", "La reconnaissance des visages")).toEqual([]);
    expect(run("face recognition", "")).toEqual([]);
  });

  it("runs beside the other checks, for its language pair only", () => {
    const target = "La reconnaissance des visages.";
    const findings = runChecks("Face recognition.", target, ctx, [check]);
    expect(findings.map((f) => f.check)).toEqual(["termbase"]);
    expect(check.run("Face recognition.", target, createContext("de"))).toEqual([]);
  });
});
