import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { repeatedWordCheck } from "./repeated-word";

const run = (target: string, lang = "fr", source = "") => repeatedWordCheck.run(source, target, createContext(lang));

describe("repeated-word", () => {
  it("flags a word typed twice, whatever its case", () => {
    const target = "La police peut utiliser les les données. Le le chat.";
    const findings = run(target);
    expect(findings.map((f) => target.slice(f.start, f.end))).toEqual([" les", " le"]);
    expect(findings[0].message).toBe('"les" is repeated.');
    expect(applyFixes(target, findings)).toBe("La police peut utiliser les données. Le chat.");
  });

  it("accepts the repetitions a language allows", () => {
    expect(run("Nous nous battrons et vous vous trompez.")).toEqual([]);
    expect(run("Die Unternehmen, die die Polizei beliefern.", "de")).toEqual([]);
  });

  it("accepts a repetition the source has too, and different words", () => {
    expect(run("They had had enough.", "en", "They had had enough.")).toEqual([]);
    expect(run("les lesbiennes", "fr")).toEqual([]);
    expect(run("1 1 et {1}le{/1} le", "fr")).toEqual([]);
  });
});
