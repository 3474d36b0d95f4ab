// Runs the checks with the real Hunspell dictionaries on the hand-labelled set in bench/qa-gold/: every
// mechanical error of the seed post must be found, and no correct segment may get a finding (precision
// matters more than recall: volunteers stop trusting a noisy checker).

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpellers } from "@/lib/server/infrastructure/load-spellers";
import { groupByPost, readGoldSet } from "../../bench/qa-gold/read-gold-set";
import { scoreSegment } from "../../bench/qa-gold/score-findings";
import { runPostChecks } from "./run-checks";
import type { Finding, Speller } from "./types";

const gold = readGoldSet();
const findingsById = new Map<string, Finding[]>();

beforeAll(async () => {
  for (const post of groupByPost(gold)) {
    const { sourceLang, targetLang } = post[0];
    const spellers: { source?: Speller; target?: Speller } = await loadSpellers(sourceLang, targetLang);
    const segments = post.map((segment) => ({
      id: segment.id,
      sourceText: segment.source,
      targetText: segment.target,
    }));
    for (const [id, findings] of runPostChecks(segments, { sourceLang, targetLang, spellers }))
      findingsById.set(id, findings);
  }
}, 180_000);

describe("gold set", () => {
  it("has at least 150 segments across en→fr, en→es and en→de, labels pointing at their text", () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    expect(new Set(gold.map((segment) => segment.targetLang))).toEqual(new Set(["fr", "es", "de"]));
    expect(new Set(gold.map((segment) => segment.id)).size).toBe(gold.length);
    for (const segment of gold) {
      for (const label of segment.expected) expect(segment.target.slice(label.start, label.end)).toBe(label.text);
    }
  });

  it("gets no finding on any segment labelled correct", () => {
    const noisy = gold
      .filter((segment) => segment.expected.length === 0)
      .flatMap((segment) =>
        (findingsById.get(segment.id) ?? []).map(
          (f) => `${segment.id} ${f.check} "${segment.target.slice(f.start, f.end)}"`,
        ),
      );
    expect(noisy).toEqual([]);
  });

  it("raises no finding that matches no label anywhere in the set", () => {
    const spurious = gold.flatMap((segment) =>
      scoreSegment(segment.expected, findingsById.get(segment.id) ?? []).spurious.map(
        (f) => `${segment.id} ${f.check}`,
      ),
    );
    expect(spurious).toEqual([]);
  });
});

describe("seed post", () => {
  const seed = gold.filter((segment) => segment.post === "seed-en-fr");
  const findSeed = (fragment: string) => {
    const segment = seed.find((s) => s.target.includes(fragment));
    if (!segment) throw new Error(`no seed segment contains ${fragment}`);
    return { segment, findings: findingsById.get(segment.id) ?? [] };
  };
  const flagged = (fragment: string, check: string, text: string) => {
    const { segment, findings } = findSeed(fragment);
    return findings.some((f) => f.check === check && segment.target.slice(f.start, f.end) === text);
  };

  it("is the fixture's text, sentence by sentence", () => {
    const english = readFileSync(new URL("../../fixtures/seed-post/en.source.txt", import.meta.url), "utf8");
    const french = readFileSync(new URL("../../fixtures/seed-post/fr.machine.txt", import.meta.url), "utf8");
    for (const segment of seed) {
      expect(english).toContain(segment.source);
      expect(french).toContain(segment.target);
    }
  });

  it("finds every mechanical error", () => {
    expect(flagged("des f aces", "split-word", "f aces")).toBe(true);
    expect(flagged("l' ACLU", "spacing", " ")).toBe(true);
    expect(flagged("services de police .", "spacing", " ")).toBe(true);
    expect(flagged("Où est Microsoft?", "typography", "?")).toBe(true);
    expect(flagged("Mise à jour:", "typography", ":")).toBe(true);
    expect(flagged("est claire:", "typography", ":")).toBe(true);
    expect(flagged('"sonnettes intelligentes"', "typography", '"')).toBe(true);
    const quotes = findSeed('"sonnettes intelligentes"').findings.filter((f) => f.check === "typography");
    expect(quotes).toHaveLength(2);
    for (const segment of seed) {
      expect(scoreSegment(segment.expected, findingsById.get(segment.id) ?? []).missed).toEqual([]);
    }
  });
});
