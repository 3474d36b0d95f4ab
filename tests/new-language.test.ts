import { describe, expect, it, vi } from "vitest";
import type { LanguageProfile } from "@/lib/languages/language-profile";

// Adding a language is a profile file and its line in lib/languages/profiles.ts. This test adds a toy language
// that way and walks every consumer: if one of them kept a word list of its own, the toy would not reach it.

const TOY: LanguageProfile = {
  code: "tq",
  name: "Toy",
  regions: {
    NO: {
      name: "Northern Toy",
      typography: { spaceBefore: { "?": "none" }, insideGuillemets: null, invertedMarks: false },
    },
  },
  stopwords: ["lo", "ki", "sa", "pe", "mu", "ta"],
  functionWords: ["lo", "ki", "sa", "pe"],
  abbreviations: { prefix: ["Kt."] },
  endingAbbreviations: ["etk."],
  ordinalPeriods: false,
  elisions: ["k"],
  enclitics: [],
  compounds: false,
  prefixes: [],
  oneLetterWords: [],
  alphabet: "abcdefghijklmnopqrstuvwxyz",
  allowedRepeats: [],
  contractions: false,
  capitalisesNouns: false,
  numberWords: { tuwa: 2, milo: 1000 },
  numberWordsNotAnchors: [],
  months: [
    ["janwo"],
    ["febwo"],
    ["marwo"],
    ["aprwo"],
    ["mawo"],
    ["junwo"],
    ["julwo"],
    ["agwo"],
    ["sepwo"],
    ["oktwo"],
    ["novwo"],
    ["decwo"],
  ],
  monthAbbreviations: [],
  weekdays: [["monwo"], [], [], [], [], [], []],
  capitalisedDates: false,
  decimalMarks: [","],
  groupSeparators: ["."],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,
  quotes: { open: "‹", close: "›" },
  typography: { spaceBefore: { "?": "nnbsp" }, insideGuillemets: null, invertedMarks: false },
  alignmentLengthRatio: 2,
  lengthFromEnglish: 2,
  machineTranslation: { markers: ["toki masin"], articles: [], selfReferences: ["lipu ni"] },
  publicationLabels: {
    statement: "Toki masin li pona tan jan.",
    translators: "Jan ante",
    reviewers: "Jan lukin",
    original: "Lipu mama",
    publishedOn: "tan tenpo",
  },
};

vi.mock("@/lib/languages/profiles", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/languages/profiles")>();
  return { LANGUAGE_PROFILES: [...original.LANGUAGE_PROFILES, TOY] };
});

const NNBSP = "\u202F";
const TOY_TEXT = "Lo ki sa pe mu ta lo ki. Sa pe mu ta lo ki sa pe. Mu ta lo ki sa pe mu ta.";

describe("a new language, added as one profile", () => {
  it("is known by its tag and its regions", async () => {
    const { getLanguageProfile, isSupportedLanguage, SUPPORTED_LANGUAGES } = await import(
      "@/lib/languages/get-language-profile"
    );
    expect(SUPPORTED_LANGUAGES).toContain("tq");
    expect(isSupportedLanguage("tq-NO")).toBe(true);
    expect(getLanguageProfile("tq-NO").name).toBe("Northern Toy");
  });

  it("is detected by the one language detector, for imports and the aligner", async () => {
    const { detectLanguage } = await import("@/lib/languages/detect-language");
    const { guessLanguage } = await import("@/lib/align/guess-language");
    expect(detectLanguage(TOY_TEXT)?.lang).toBe("tq");
    expect(guessLanguage(TOY_TEXT.split(". "))).toBe("tq");
  });

  it("segments with its abbreviations", async () => {
    const { segmentSentences } = await import("@/lib/text/segment-sentences");
    expect(segmentSentences("Kt. Mu ta lo. Ki sa pe.", "tq")).toEqual(["Kt. Mu ta lo.", "Ki sa pe."]);
  });

  it("gives the aligner its number and month words and its length ratio", async () => {
    const { extractAnchors } = await import("@/lib/align/extract-anchors");
    const { estimateLengthRatio } = await import("@/lib/align/length-cost");
    const keys = extractAnchors("tuwa milo janwo monwo", "tq").map((anchor) => anchor.key);
    expect(keys).toEqual(expect.arrayContaining(["n:2", "n:1000", "d:month-1", "d:day-1"]));
    expect(estimateLengthRatio(0, 0, "en", "tq")).toBe(2);
  });

  it("reads its dates and its machine-translation footers", async () => {
    const { parseDateToIso } = await import("@/lib/ingest/parse-date");
    const { extractMtProvenance } = await import("@/lib/ingest/extract-provenance");
    expect(parseDateToIso("11 febwo 2020")).toBe("2020-02-11T00:00:00.000Z");
    const footer = "Lipu ni li toki masin tan https://www.eff.org/deeplinks/2020/06/example.";
    const { provenance } = extractMtProvenance([
      { kind: "paragraph", text: "Mu ta lo ki.", tags: {} },
      { kind: "paragraph", text: footer, tags: {} },
    ]);
    expect(provenance?.sourceUrl).toBe("https://www.eff.org/deeplinks/2020/06/example");
  });

  it("gives QA its elisions, numbers, typography and quotation marks", async () => {
    const { runChecks } = await import("@/lib/qa/run-checks");
    const { createContext } = await import("@/lib/qa/testing/word-list-speller");
    const checks = (source: string, target: string) =>
      runChecks(source, target, createContext("tq")).map((finding) => [finding.check, finding.fix]);
    expect(checks("The A.", "k' lo sa.")).toContainEqual(["spacing", ""]);
    expect(checks("Two cats.", "Tuwa mu.")).not.toContainEqual(expect.arrayContaining(["numbers"]));
    expect(checks("Who?", "Ki?")).toContainEqual(["typography", `${NNBSP}?`]);
    expect(checks('He said "no".', 'Sa "pe".')).toContainEqual(["typography", "‹"]);
  });

  it("gives the export its typography and its publication wording", async () => {
    const { applyTypography } = await import("@/lib/export/apply-typography");
    const { pickProvenanceLabels } = await import("@/lib/export/describe-provenance");
    expect(applyTypography("Ki?", "tq")).toBe(`Ki${NNBSP}?`);
    expect(applyTypography(`Ki${NNBSP}?`, "tq-NO")).toBe("Ki?");
    expect(pickProvenanceLabels("tq").statement).toBe("Toki masin li pona tan jan.");
  });
});
