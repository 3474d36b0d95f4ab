import { describe, expect, it } from "vitest";
import { extractAnchors } from "./extract-anchors";

const keysOf = (text: string, kind?: string) =>
  extractAnchors(text)
    .filter((anchor) => kind === undefined || anchor.kind === kind)
    .map((anchor) => anchor.key);

describe("extractAnchors", () => {
  it("reads numbers the same way across languages", () => {
    expect(keysOf("more than 1,300 police departments, 2.5% and 11,500 warrants", "number")).toEqual([
      "n:1300",
      "n:2.5",
      "n:11500",
    ]);
    expect(keysOf("plus de 1 300 services, 2,5 % et 11\u202f500 mandats", "number")).toEqual([
      "n:1300",
      "n:2.5",
      "n:11500",
    ]);
    expect(keysOf("mehr als 1.300 Behörden", "number")).toEqual(["n:1300"]);
    expect(keysOf("at 01:08:42 on 09", "number")).toEqual(["n:1:08:42", "n:9"]);
  });

  it("keeps URLs, e-mail addresses and inline tags whole", () => {
    expect(keysOf("Read it at https://www.eff.org/deeplinks/x. Or mail info@eff.org.", "url")).toEqual([
      "u:eff.org/deeplinks/x",
      "u:info@eff.org",
    ]);
    expect(keysOf("Click {1}here{/1} and {2}there{/2}", "placeholder")).toEqual(["t:{1}", "t:{/1}", "t:{2}", "t:{/2}"]);
  });

  it("takes capitalised words as names unless they start the sentence; acronyms always", () => {
    expect(keysOf("The company said Amazon and IBM agreed.", "name")).toEqual(["c:amazon", "c:ibm"]);
    expect(keysOf("EFF joined the ACLU.", "name")).toEqual(["c:eff", "c:aclu"]);
  });

  it("folds accents and case into 4-letter stems (cognates)", () => {
    expect(keysOf("Technologie réglementée", "stem")).toEqual(["w:tech", "w:regl"]);
    expect(keysOf("technology regulated", "stem")).toEqual(["w:tech", "w:regu"]);
  });

  it("maps every quotation mark style to one anchor and keeps ? ! : ( )", () => {
    expect(keysOf("«Oui», “yes”, „ja“ (sic)? No! Note:", "punct")).toEqual([
      'p:"',
      'p:"',
      'p:"',
      'p:"',
      'p:"',
      'p:"',
      "p:(",
      "p:)",
      "p:?",
      "p:!",
      "p::",
    ]);
  });

  it("turns spelled-out numbers, months and weekdays into anchors when the language is known", () => {
    expect(keysOf("for eleven years, since March", "number")).toEqual([]);
    expect(extractAnchors("for eleven years, since March", "en").filter((a) => a.kind === "number")).toEqual([
      { kind: "number", key: "n:11" },
      { kind: "number", key: "d:month-3" },
    ]);
    const fr = extractAnchors("depuis onze ans, depuis mars, 11 fois", "fr").map((a) => a.key);
    expect(fr).toEqual(expect.arrayContaining(["n:11", "d:month-3"]));
    // "may" is a verb and "once" an adverb in English: not anchors
    expect(extractAnchors("it may happen once", "en").filter((a) => a.kind === "number")).toEqual([]);
    expect(extractAnchors("El quiosco abre once horas en mayo", "es").map((a) => a.key)).toEqual(
      expect.arrayContaining(["n:11", "d:month-5"]),
    );
  });
});
