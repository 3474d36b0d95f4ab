import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_CHECKS, applyFix, applyFixes, runChecks, runPostChecks } from "./run-checks";
import { createContext } from "./testing/word-list-speller";
import type { Check, Finding } from "./types";

const FRENCH = ["des", "faces", "aces", "de", "membres", "la", "police", "en", "l'", "a", "organisé", "où", "est"];
const ctx = createContext("fr", FRENCH);

const finding = (start: number, end: number, fix: string | null, check = "spacing"): Finding => ({
  check,
  severity: "error",
  start,
  end,
  message: "m",
  fix,
});

describe("ALL_CHECKS", () => {
  it("has unique ids and plain messages", () => {
    const ids = ALL_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["split-word", "glued-words", "spacing", "typography", "numbers", "untranslated", "tags"]),
    );
    for (const check of ALL_CHECKS) expect(check.name).toMatch(/^[A-Z]/);
  });
});

describe("runChecks", () => {
  it("returns findings sorted by position, with the check's severity", () => {
    const target = "En 2018, l' ACLU a organisé des f aces de membres .";
    const findings = runChecks("In 2018, the ACLU ran the faces of members.", target, ctx);
    expect(findings.map((f) => [f.check, target.slice(f.start, f.end)])).toEqual([
      ["spacing", " "],
      ["split-word", "f aces"],
      ["spacing", " "],
    ]);
    expect(findings.every((f, i) => i === 0 || findings[i - 1].start <= f.start)).toBe(true);
  });

  it("keeps one finding when a fixable one lies inside an earlier check's fixable one", () => {
    const outer: Check = { id: "outer", name: "Outer", severity: "error", run: () => [finding(0, 5, "x", "outer")] };
    const inner: Check = { id: "inner", name: "Inner", severity: "warning", run: () => [finding(1, 3, "y", "inner")] };
    const note: Check = { id: "note", name: "Note", severity: "warning", run: () => [finding(0, 10, null, "note")] };
    expect(runChecks("", "0123456789", ctx, [outer, inner, note]).map((f) => f.check)).toEqual(["outer", "note"]);
    expect(runChecks("", "0123456789", ctx, [inner, outer]).map((f) => f.check)).toEqual(["outer", "inner"]);
  });

  it("drops a spelling warning on text another check already fixes", () => {
    const split: Check = {
      id: "split-word",
      name: "S",
      severity: "error",
      run: () => [finding(2, 8, "faces", "split-word")],
    };
    const spelling: Check = {
      id: "spelling",
      name: "Sp",
      severity: "warning",
      run: () => [finding(4, 10, "x", "spelling")],
    };
    expect(runChecks("", "0123456789", ctx, [split, spelling]).map((f) => f.check)).toEqual(["split-word"]);
  });

  it("never throws and keeps spans inside the target, whatever the text", () => {
    const pieces = [
      "l' ",
      "f aces",
      " .",
      "  ",
      "?",
      ":",
      '"',
      "«",
      "»",
      "{1}",
      "{/1}",
      "{2/}",
      "1,300",
      "3.5",
      "le le ",
      "https://eff.org/a?b ",
      "é",
      "\u00A0",
      "\u202F",
      "x",
      " ",
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, fc.constantFrom("fr", "es", "de", "en", "xx"), (source, target, lang) => {
        const findings = runChecks(source, target, {
          ...createContext(lang, FRENCH),
          post: { segments: [] },
          segmentId: "1",
        });
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(target.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.message.length).toBeGreaterThan(0);
        }
        expect(() => applyFixes(target, findings)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("runPostChecks", () => {
  it("checks every segment with the post as context", () => {
    const segments = [
      { id: "1", sourceText: "Take action now", targetText: "Agissez maintenant" },
      { id: "2", sourceText: "Take action now", targetText: "Passez à l'action" },
      { id: "3", sourceText: "Where is it?", targetText: "Où est-il?" },
    ];
    const results = runPostChecks(segments, { sourceLang: "en", targetLang: "fr", spellers: {} });
    expect([...results.keys()]).toEqual(["1", "2", "3"]);
    expect(results.get("1")?.map((f) => f.check)).toEqual(["consistency"]);
    expect(results.get("3")?.map((f) => f.check)).toEqual(["typography"]);
  });
});

describe("applyFix / applyFixes", () => {
  it("replaces the span with the fix, or leaves the text when there is none", () => {
    expect(applyFix("l' ACLU", finding(2, 3, ""))).toBe("l'ACLU");
    expect(applyFix("des f aces", finding(4, 10, "faces"))).toBe("des faces");
    expect(applyFix("abc", finding(0, 3, null))).toBe("abc");
  });

  it("applies non-overlapping fixes right to left so offsets stay valid", () => {
    const target = "En 2018, l' ACLU a organisé des f aces.";
    expect(applyFixes(target, [finding(32, 38, "faces"), finding(11, 12, "")])).toBe(
      "En 2018, l'ACLU a organisé des faces.",
    );
  });

  it("skips a fix that overlaps one already chosen, and findings without fix", () => {
    expect(applyFixes("abcdef", [finding(0, 3, "X"), finding(2, 5, "Y"), finding(5, 6, null)])).toBe("Xdef");
    expect(applyFixes("abcdef", [finding(1, 2, "X"), finding(1, 2, "Y")])).toBe("aXcdef");
  });

  it("makes the seed post's mechanical errors disappear", () => {
    const source = 'Amazon-owned Ring, the "smart doorbell" company, partners with 1,300 police departments.';
    const target = 'Ring, la société de "sonnettes intelligentes", est partenaire de 1,300 services de police .';
    const fixed = applyFixes(target, runChecks(source, target, ctx));
    expect(fixed).toBe(
      "Ring, la société de «\u00A0sonnettes intelligentes\u00A0», est partenaire de 1\u202F300 services de police.",
    );
    expect(runChecks(source, fixed, ctx)).toEqual([]);
  });
});
