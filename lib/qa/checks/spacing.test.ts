import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { spacingCheck } from "./spacing";

const fr = createContext("fr");
const en = createContext("en");

describe("spacing", () => {
  it("finds the space after an elided article", () => {
    const target = "En 2018, l' ACLU a organisé";
    const findings = spacingCheck.run("In 2018, the ACLU ran", target, fr);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 11, end: 12, fix: "" });
    expect(findings[0].message).toContain(`"l'ACLU"`);
    expect(applyFixes(target, findings)).toBe("En 2018, l'ACLU a organisé");
  });

  it("finds it with a typographic apostrophe, before a tag, and after qu'", () => {
    expect(spacingCheck.run("", "l’ {1}ACLU{/1}", fr)).toHaveLength(1);
    expect(spacingCheck.run("", "Il dit qu' il viendra.", fr)).toHaveLength(1);
  });

  it("does not mistake a closing quote for an elision", () => {
    expect(spacingCheck.run("", "Les 'amis' sont là.", fr)).toEqual([]);
  });

  it("finds a space before a period or a comma", () => {
    const target = "plus de 1 300 services de police .";
    const [finding] = spacingCheck.run("", target, fr);
    expect(target.slice(finding.start, finding.end)).toBe(" ");
    expect(finding.start).toBe(target.length - 2);
    expect(spacingCheck.run("", "la police , les villes", fr)).toHaveLength(1);
  });

  it("accepts an ellipsis, a decimal or a name after a space", () => {
    expect(spacingCheck.run("", "Il a dit ... rien.", fr)).toEqual([]);
    expect(spacingCheck.run("", "Le framework .NET et le domaine .org.", fr)).toEqual([]);
  });

  it("finds double spaces and keeps the no-break one", () => {
    const [plain] = spacingCheck.run("", "la  police", fr);
    expect(plain).toMatchObject({ start: 2, end: 4, fix: " " });
    const [mixed] = spacingCheck.run("", "Pourquoi \u00A0?", fr);
    expect(mixed.fix).toBe("\u00A0");
  });

  it("finds leading and trailing spaces unless the source has them too", () => {
    expect(spacingCheck.run("Police.", " Police. ", fr).map((f) => [f.start, f.end])).toEqual([
      [0, 1],
      [8, 9],
    ]);
    expect(spacingCheck.run(" Police. ", " Police. ", fr)).toEqual([]);
  });

  it("finds spaces just inside brackets", () => {
    expect(applyFixes("( voir )", spacingCheck.run("", "( voir )", fr))).toBe("(voir)");
  });

  it("finds a split English contraction", () => {
    expect(applyFixes("We don' t know.", spacingCheck.run("", "We don' t know.", en))).toBe("We don't know.");
  });

  it("ignores URLs, e-mail addresses and tags", () => {
    expect(spacingCheck.run("", "Voir https://eff.org/a,b et {1}ici{/1}.", fr)).toEqual([]);
  });
});
