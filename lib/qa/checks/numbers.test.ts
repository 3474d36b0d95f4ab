import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { numbersCheck } from "./numbers";

const run = (source: string, target: string, lang = "fr") => numbersCheck.run(source, target, createContext(lang));

describe("numbers", () => {
  it("accepts each language's way of writing the same numbers", () => {
    expect(run("more than 1,300 police departments in 2018", "plus de 1 300 services de police en 2018")).toEqual([]);
    expect(run("1,300 and 3.5 and 2,000,000", "1\u202F300 et 3,5 et 2\u00A0000\u00A0000")).toEqual([]);
    expect(run("1,300 and 3.5", "1.300 und 3,5", "de")).toEqual([]);
    expect(run("1,300 and 3.5", "1.300 y 3,5", "es")).toEqual([]);
    expect(run("1,300 people", "1300 personnes")).toEqual([]);
  });

  it("flags a number left in the source's form, with the target's form as fix", () => {
    const target = "plus de 1,300 services";
    const findings = run("more than 1,300 departments", target);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 8, end: 13, fix: "1\u202F300" });
    expect(findings[0].message).toContain("in French");
    expect(applyFixes(target, findings)).toBe("plus de 1\u202F300 services");
    expect(applyFixes("sur 1.5 milliard", run("on 1.5 billion", "sur 1.5 milliard"))).toBe("sur 1,5 milliard");
    expect(run("2.5 million", "2.5 Millionen", "de")[0].fix).toBe("2,5");
  });

  it("flags a missing number on the whole segment and an invented one on itself", () => {
    const target = "Les services de police de 21 États";
    const findings = run("Police in 12 states", target);
    expect(findings.map((f) => [f.start, f.end, f.message])).toEqual([
      [0, target.length, "The number 12 of the source is missing from the translation."],
      [26, 28, "The number 21 is not in the source."],
    ]);
  });

  it("accepts numbers written as words on the other side", () => {
    expect(run("in 2 weeks", "en deux semaines")).toEqual([]);
    expect(run("two weeks", "2 semaines")).toEqual([]);
  });

  it("ignores numbers inside URLs, tags and e-mail addresses", () => {
    expect(
      run("See {1}this{/1} at https://eff.org/2020/06/a", "Voir {1}ceci{/1} sur https://eff.org/2020/06/a"),
    ).toEqual([]);
    expect(run("Read it.", "Lisez {2/}https://eff.org/2021 et bob2@eff.org.")).toEqual([]);
  });

  it("keeps apart numbers that only sit side by side", () => {
    expect(run("In 2018, 28 members", "En 2018, 28 membres")).toEqual([]);
    expect(run("in 2019 3 companies", "en 2019 3 entreprises")).toEqual([]);
  });
});
