import { describe, expect, it } from "vitest";
import { createContext } from "../testing/word-list-speller";
import type { PostContext } from "../types";
import { consistencyCheck } from "./consistency";

const post: PostContext = {
  segments: [
    { id: "a", sourceText: "More than 3,500 people signed.", targetText: "Plus de 3 500 personnes ont signé." },
    { id: "b", sourceText: "Take action", targetText: "Agissez" },
    {
      id: "c",
      sourceText: "More than 3,500 people signed.",
      targetText: "Plus de 3 500 personnes ont signé cette lettre.",
    },
    { id: "d", sourceText: "Take action", targetText: "Passez à l'action" },
    { id: "e", sourceText: "Twice {1}the same{/1}.", targetText: "Deux fois {1}la même chose{/1}." },
    { id: "f", sourceText: "Twice the same.", targetText: "Deux\u00A0fois la même chose." },
  ],
};
const ctx = { ...createContext("fr"), post };
const run = (id: string) => {
  const segment = post.segments.find((s) => s.id === id);
  if (!segment) throw new Error(id);
  return consistencyCheck.run(segment.sourceText, segment.targetText, { ...ctx, segmentId: id });
};

describe("consistency", () => {
  it("flags both translations of the same sentence, pointing to the other", () => {
    expect(run("a")).toHaveLength(1);
    expect(run("a")[0].message).toBe(
      'The same English sentence is translated differently in segment 3: "Plus de 3 500 personnes ont signé cette lettre.".',
    );
    expect(run("c")[0].message).toContain("segment 1");
    expect(run("b")).toHaveLength(1);
  });

  it("ignores markup and kinds of spaces", () => {
    expect(run("e")).toEqual([]);
    expect(run("f")).toEqual([]);
  });

  it("needs a post and a segment id", () => {
    const [first] = post.segments;
    expect(consistencyCheck.run(first.sourceText, first.targetText, createContext("fr"))).toEqual([]);
  });
});
