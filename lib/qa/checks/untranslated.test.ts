import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { untranslatedCheck } from "./untranslated";

const fr = createContext("fr", ["ibm", "amazon", "passer", "action"], ["take", "action", "ibm", "amazon"]);

describe("untranslated", () => {
  it("flags a segment left as the source", () => {
    const findings = untranslatedCheck.run("The ruling is available online.", "The ruling is available online.", fr);
    expect(findings).toEqual([
      {
        check: "untranslated",
        severity: "warning",
        start: 0,
        end: 31,
        message: "The translation is the same as the English source: it still needs translating.",
        fix: null,
      },
    ]);
  });

  it("uses the dictionaries when no function word gives the language away", () => {
    expect(untranslatedCheck.run("TAKE ACTION", "TAKE ACTION", fr)).toHaveLength(1);
  });

  it("lets names and acronyms stay as they are", () => {
    expect(untranslatedCheck.run("IBM", "IBM", fr)).toEqual([]);
    expect(untranslatedCheck.run("Amazon Rekognition", "Amazon Rekognition", fr)).toEqual([]);
  });

  it("flags a sentence of the target still in the source language", () => {
    const target = "Le tribunal a jugé. The government has said that it will appeal the decision.";
    const findings = untranslatedCheck.run(
      "The court ruled. The government has said that it will appeal the decision.",
      target,
      fr,
    );
    expect(findings).toHaveLength(1);
    expect(target.slice(findings[0].start, findings[0].end)).toBe(
      "The government has said that it will appeal the decision.",
    );
    expect(findings[0].message).toBe("This sentence seems to be still in English.");
  });

  it("does not flag a translated sentence quoting an English title", () => {
    const target = "Notre rapport «\u00A0Who Has Your Back\u00A0» évalue les entreprises.";
    expect(untranslatedCheck.run('Our report "Who Has Your Back" rates the companies.', target, fr)).toEqual([]);
  });

  it("does nothing when source and target languages are the same", () => {
    expect(untranslatedCheck.run("The same.", "The same.", { ...fr, targetLang: "en-GB" })).toEqual([]);
  });
});
