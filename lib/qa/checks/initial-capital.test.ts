import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { initialCapitalCheck } from "./initial-capital";

const ctx = createContext("fr", ["la", "le", "et", "surveillance"]);
const run = (source: string, target: string, c = ctx) => initialCapitalCheck.run(source, target, c);

describe("initial-capital", () => {
  it("flags a lower-case start where the source has a capital", () => {
    const findings = run("Surveillance is not safety.", "la surveillance n'est pas la sécurité.");
    expect(findings).toEqual([
      {
        check: "initial-capital",
        severity: "warning",
        start: 0,
        end: 1,
        message: 'The source starts with a capital letter but the translation starts with "la".',
        fix: "L",
      },
    ]);
  });

  it("looks past quotes, brackets and tags", () => {
    expect(run('"We are here."', "«\u00A0nous sommes là.\u00A0»")).toHaveLength(1);
    expect(run("{1}Read{/1} this.", "{1}Lisez{/1} ceci.")).toEqual([]);
  });

  it("flags a capital where the source continues a sentence", () => {
    const findings = run("the company said.", "La société a dit.");
    expect(findings[0]).toMatchObject({ start: 0, end: 1, fix: "l" });
  });

  it("leaves names, mixed case, numbers and German nouns alone", () => {
    expect(run("iPhone users", "Les utilisateurs d'iPhone")).toEqual([]);
    expect(run("eBay sells", "eBay vend")).toEqual([]);
    expect(run("and Amazon", "Amazon et")).toEqual([]);
    expect(run("2018 was", "en 2018")).toEqual([]);
    expect(run("police departments", "Polizeibehörden", createContext("de", ["polizeibehörden"]))).toEqual([]);
  });
});
