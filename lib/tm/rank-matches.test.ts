import { describe, expect, it } from "vitest";
import { diffMatchSource, rankMatches, type TmCandidate } from "./rank-matches";

type Entry = TmCandidate & { id: string };
const languages = { sourceLang: "en", targetLang: "fr" };

function entry(id: string, sourceText: string, targetText: string, context?: [string | null, string | null]): Entry {
  return context
    ? { id, sourceText, targetText, previousSource: context[0], nextSource: context[1] }
    : { id, sourceText, targetText };
}

describe("rankMatches", () => {
  const memory: Entry[] = [
    entry("far", "The weather is nice today.", "Il fait beau aujourd'hui."),
    entry(
      "fuzzy",
      "Police must stop using face recognition.",
      "La police doit cesser d'utiliser la reconnaissance faciale.",
    ),
    entry(
      "exact",
      "Police must stop using face surveillance.",
      "La police doit cesser d'utiliser la surveillance faciale.",
    ),
    entry(
      "prefix",
      "Police must stop using face surveillance in schools, hospitals, stadiums and every other public place.",
      "La police doit cesser d'utiliser la surveillance faciale dans les écoles, les hôpitaux, les stades et tout autre lieu public.",
    ),
  ];

  it("ranks the identical source first at 100, then fuzzy matches above the threshold, never a mere prefix", () => {
    const matches = rankMatches({ sourceText: "Police must stop using face surveillance." }, memory, languages);
    expect(matches.map((m) => [m.entry.id, m.score])).toEqual([
      ["exact", 100],
      // 6 words and a full stop, one word differs: 1 − 1/6.5
      ["fuzzy", 84],
    ]);
    expect(matches[0].target).toBe("La police doit cesser d'utiliser la surveillance faciale.");
    expect(matches[0].sourceDiff).toEqual([{ kind: "same", text: "Police must stop using face surveillance." }]);
  });

  it("shows the word diff from the match's source to the segment's source", () => {
    const [best] = rankMatches({ sourceText: "Police must stop using face recognition now." }, memory, languages);
    expect(best.entry.id).toBe("fuzzy");
    expect(best.sourceDiff).toEqual([
      { kind: "same", text: "Police must stop using face recognition" },
      { kind: "added", text: " now" },
      { kind: "same", text: "." },
    ]);
    expect(diffMatchSource("Read {1}the report{/1}.", "Read the {2}full{/2} report.")).toEqual([
      { kind: "same", text: "Read the " },
      { kind: "added", text: "full " },
      { kind: "same", text: "report." },
    ]);
  });

  it("gives 101 to a context match: identical source and identical neighbours", () => {
    const candidates = [
      entry("elsewhere", "Act now.", "Agissez maintenant.", ["Sign the petition.", null]),
      entry("here", "Act now.", "Agissez dès maintenant.", ["Write to Congress.", null]),
    ];
    const matches = rankMatches(
      { sourceText: "Act now.", previousSource: "Write to  Congress.", nextSource: null },
      candidates,
      languages,
    );
    expect(matches.map((m) => [m.entry.id, m.score, m.contextMatch])).toEqual([
      ["here", 101, true],
      ["elsewhere", 100, false],
    ]);
    // Unknown neighbours never make a context match
    expect(rankMatches({ sourceText: "Act now." }, candidates, languages)[0].score).toBe(100);
  });

  it("adapts the target's numbers and tags when only they differ, in the target language's writing", () => {
    const [match] = rankMatches(
      { sourceText: "In 2019, {2}1,500 police departments{/2} used it." },
      [
        entry(
          "n",
          "In 2018, {1}1,300 police departments{/1} used it.",
          "En 2018, {1}1 300 services de police{/1} l'utilisaient.",
        ),
      ],
      languages,
    );
    expect(match.score).toBe(97);
    expect(match.penalties.map((p) => p.kind)).toEqual(["numbers", "tags"]);
    expect(match.target).toBe("En 2019, {2}1 500 services de police{/2} l'utilisaient.");
    expect(match.adaptations).toEqual([
      { kind: "number", from: "2018", to: "2019", applied: true },
      { kind: "number", from: "1 300", to: "1 500", applied: true },
      { kind: "tag-renumbered", from: "1", to: "2" },
    ]);
  });

  it("says what it could not adapt", () => {
    const [match] = rankMatches(
      { sourceText: "Read {1}the 3 reports{/1}." },
      [entry("w", "Read the 2 reports.", "Lisez les deux rapports.")],
      languages,
    );
    expect(match.target).toBe("Lisez les deux rapports.");
    expect(match.adaptations).toEqual([
      { kind: "number", from: "2", to: "3", applied: false },
      { kind: "tag-missing", id: "1" },
    ]);
    const [extra] = rankMatches(
      { sourceText: "Read the report." },
      [entry("x", "Read {1}the report{/1}.", "Lisez {1}le rapport{/1}.")],
      languages,
    );
    expect(extra.target).toBe("Lisez le rapport.");
    expect(extra.adaptations).toEqual([{ kind: "tag-dropped", id: "1" }]);
  });

  it("orders ties by similarity, then by the order the store gave (newest first), and folds duplicates", () => {
    const matches = rankMatches(
      { sourceText: "Stop face surveillance." },
      [
        entry("new", "Stop face surveillance.", "Arrêtez la surveillance faciale."),
        entry("old", "Stop face surveillance.", "Arrêtez la surveillance faciale."),
        entry("other", "Stop face surveillance.", "Stoppez la surveillance faciale."),
      ],
      languages,
    );
    expect(matches.map((m) => [m.entry.id, m.duplicates])).toEqual([
      ["new", 1],
      ["other", 0],
    ]);
  });

  it("honours the threshold and the number of matches", () => {
    const query = { sourceText: "Police must stop using face surveillance." };
    expect(rankMatches(query, memory, { ...languages, minScore: 90 }).map((m) => m.entry.id)).toEqual(["exact"]);
    expect(rankMatches(query, memory, { ...languages, minScore: 0, limit: 10 })).toHaveLength(4);
    expect(rankMatches(query, memory, { ...languages, limit: 1 })).toHaveLength(1);
    expect(rankMatches(query, [], languages)).toEqual([]);
  });
});
