import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { spellingCheck } from "./spelling";

const FRENCH = [
  "c'est",
  "un",
  "précédent",
  "dangereux",
  "la",
  "technologie",
  "est",
  "tecnique",
  "l'",
  "activisme",
  "le",
];
const ctx = createContext("fr", FRENCH);
const run = (target: string, source = "") => spellingCheck.run(source, target, ctx);

describe("spelling", () => {
  it("flags an unknown word one edit away from a known one, as a warning with the fix", () => {
    const findings = run("C'est un précédent dangeureux.");
    expect(findings).toEqual([
      {
        check: "spelling",
        severity: "warning",
        start: 19,
        end: 29,
        message: '"dangeureux" is not in the French dictionary: did you mean "dangereux"?',
        fix: "dangereux",
      },
    ]);
  });

  it("checks the word after an elision, and a capitalised word that opens a sentence", () => {
    expect(run("l'activsme")[0]).toMatchObject({ start: 2, end: 10, fix: "activisme" });
    expect(run("Tecnologie est là.")[0]).toMatchObject({ fix: "Technologie" });
  });

  it("stays quiet on unknown words with no near miss", () => {
    expect(run("Le zorglubisme est là.")).toEqual([]);
  });

  it("skips names, acronyms, words from the source, URLs, e-mails, hashtags, code and tags", () => {
    expect(run("La technologie Rekognition de Amazonn et IBMM.")).toEqual([]);
    expect(run("la tecnologie", "the tecnologie")).toEqual([]);
    expect(run("Voir https://eff.org/tecnologie, tecnologie@eff.org, #tecnologie, `tecnologie` {1}la{/1}")).toEqual([]);
  });

  it("needs a dictionary", () => {
    expect(spellingCheck.run("", "dangeureux", createContext("fr"))).toEqual([]);
  });
});
