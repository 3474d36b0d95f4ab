import { describe, expect, it } from "vitest";
import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { findNumbers, formatNumber } from "./numbers";

const read = (text: string, lang: string) => findNumbers(text, getLanguageProfile(lang)).map((n) => [n.text, n.values]);

describe("findNumbers", () => {
  it("reads English, French and German conventions", () => {
    expect(read("1,300 and 3.5 in 2018", "en")).toEqual([
      ["1,300", [1300]],
      ["3.5", [3.5]],
      ["2018", [2018]],
    ]);
    expect(read("1 300 et 3,5 en 2018", "fr")).toEqual([
      ["1 300", [1300]],
      ["3,5", [3.5]],
      ["2018", [2018]],
    ]);
    expect(read("1.300 und 3,5", "de")).toEqual([
      ["1.300", [1300]],
      ["3,5", [3.5]],
    ]);
  });

  it("keeps both readings where a language allows both", () => {
    expect(read("1.300", "es")).toEqual([["1.300", [1300, 1.3]]]);
  });

  it("ends a number where a separator cannot belong to it", () => {
    expect(read("2018, 28", "en")).toEqual([
      ["2018", [2018]],
      ["28", [28]],
    ]);
    expect(read("1,2,3", "en")).toEqual([
      ["1", [1]],
      ["2", [2]],
      ["3", [3]],
    ]);
    expect(read("en 2019 300 personnes", "fr")).toEqual([
      ["2019", [2019]],
      ["300", [300]],
    ]);
  });

  it("skips numbers inside URLs and tags", () => {
    expect(read("{1}x{/1} https://eff.org/2020/06 7", "fr")).toEqual([["7", [7]]]);
  });
});

describe("formatNumber", () => {
  it("writes numbers the target's way", () => {
    const en = getLanguageProfile("en");
    const write = (text: string, lang: string) => formatNumber(findNumbers(text, en)[0], getLanguageProfile(lang));
    expect(write("1,300", "fr")).toBe("1\u202F300");
    expect(write("12,500.5", "fr")).toBe("12\u202F500,5");
    expect(write("1,300", "de")).toBe("1300");
    expect(write("13,000", "de")).toBe("13.000");
    expect(write("0.0", "de")).toBe("0,0");
  });
});
