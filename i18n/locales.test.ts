import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickLocale } from "./locales";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("pickLocale", () => {
  it("takes the best-ranked supported language of the browser", () => {
    expect(pickLocale("fr-CA,fr;q=0.9,en;q=0.8", ["en", "fr"])).toBe("fr");
    expect(pickLocale("de-DE,de;q=0.9,en;q=0.5", ["en", "fr"])).toBe("en");
    expect(pickLocale("en;q=0.2, fr;q=0.8", ["en", "fr"])).toBe("fr");
  });

  it("returns null when nothing matches or there is no header", () => {
    expect(pickLocale("de,ja", ["en", "fr"])).toBeNull();
    expect(pickLocale(null, ["en", "fr"])).toBeNull();
    expect(pickLocale("", ["en", "fr"])).toBeNull();
  });
});

describe("message catalogues", () => {
  const dir = path.join(process.cwd(), "messages");
  const catalogues = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: f, keys: keysOf(JSON.parse(readFileSync(path.join(dir, f), "utf8"))).sort() }));

  it("exist for English and French", () => {
    expect(catalogues.map((c) => c.file)).toEqual(expect.arrayContaining(["en.json", "fr.json"]));
  });

  it("all have the same keys as English, so no screen falls back to a raw key", () => {
    const english = catalogues.find((c) => c.file === "en.json")?.keys;
    for (const catalogue of catalogues) expect(catalogue.keys, catalogue.file).toEqual(english);
  });
});
