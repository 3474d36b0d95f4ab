import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import { gluedWordsCheck } from "./glued-words";

const SPANISH = ["las", "personas", "todas", "a", "de", "la", "por", "el", "policía", "reconocimiento", "facial"];

describe("glued-words", () => {
  it("splits a function word glued to the next word", () => {
    const findings = gluedWordsCheck.run("all the people", "a todas laspersonas", createContext("es", SPANISH));
    expect(findings).toEqual([
      {
        check: "glued-words",
        severity: "warning",
        start: 8,
        end: 19,
        message: '"laspersonas" looks like two words run together: "las personas".',
        fix: "las personas",
      },
    ]);
  });

  it("splits a lower-case function word glued to a capitalised word", () => {
    const findings = gluedWordsCheck.run(
      "the campaign",
      "unterstützen dieKampagne",
      createContext("de", ["die", "Kampagne"]),
    );
    expect(findings[0]).toMatchObject({ start: 13, end: 24, fix: "die Kampagne" });
  });

  it("leaves known words, brand names and words from the source alone", () => {
    const ctx = createContext("es", SPANISH);
    expect(gluedWordsCheck.run("", "la policía", ctx)).toEqual([]);
    expect(gluedWordsCheck.run("", "un iPhone y eBay", createContext("es", [...SPANISH, "Phone", "Bay"]))).toEqual([]);
    expect(gluedWordsCheck.run("use laspersonas", "laspersonas", ctx)).toEqual([]);
  });

  it("does not cut an unknown word into two short content words", () => {
    // "facialrec" would need "rec", which is not a function word nor four letters long
    expect(gluedWordsCheck.run("", "facialrec", createContext("es", [...SPANISH, "rec"]))).toEqual([]);
  });
});
