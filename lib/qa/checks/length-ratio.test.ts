import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { lengthRatioCheck } from "./length-ratio";

const run = (source: string, target: string) => lengthRatioCheck.run(source, target, createContext("fr"));
const LONG_SOURCE =
  "The proposal would require every messaging service to scan every message, photo and video sent by its users, including those protected by end-to-end encryption.";

describe("length-ratio", () => {
  it("accepts the usual expansion of a translation", () => {
    expect(
      run(
        LONG_SOURCE,
        "La proposition obligerait chaque service de messagerie à analyser chaque message, photo et vidéo envoyés par ses utilisateurs, y compris ceux protégés par un chiffrement de bout en bout.",
      ),
    ).toEqual([]);
    expect(run("Activism works.", "L'activisme fonctionne vraiment très bien.")).toEqual([]);
  });

  it("flags a translation much shorter than expected", () => {
    const [finding] = run(LONG_SOURCE, "La proposition obligerait chaque service de messagerie.");
    expect(finding.check).toBe("length-ratio");
    expect(finding.message).toMatch(/^The translation is much shorter .*is something missing\?$/);
  });

  it("flags a translation much longer than expected", () => {
    const [finding] = run(
      "Governments around the world are watching.",
      "Les gouvernements du monde entier observent la situation avec attention et se préparent déjà à adopter des lois similaires dans leurs propres pays.",
    );
    expect(finding.message).toMatch(/much longer/);
  });

  it("flags an empty translation of a real sentence, not of a short label", () => {
    expect(run("The company did not respond.", "")[0].message).toBe("The translation is empty.");
    expect(run("OK", "")).toEqual([]);
  });

  it("does not count tags", () => {
    expect(run(`{1}${LONG_SOURCE}{/1}`, "{1}{2/}{3/}Court{/1}")).toHaveLength(1);
  });
});
