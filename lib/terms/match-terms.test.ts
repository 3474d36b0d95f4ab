import { describe, expect, it } from "vitest";
import { buildTermIndex, findAllTargetTerms, findSourceTerms, findTargetTerms } from "./match-terms";
import { createTableStemmer } from "./stemmer";
import { FRENCH_TEST_STEMS, makeTermEntry } from "./testing/term-fixtures";

// Stems as Hunspell gives them for these forms (en_US and fr dictionaries): explicit, so the tests say what
// the matcher does with stems, whatever the dictionary.
const ENGLISH_STEMS = createTableStemmer({
  programs: ["program"],
  recognitions: ["recognition"],
  liberties: ["liberty"],
  agencies: ["agency"],
  warrants: ["warrant"],
  "Congress's": ["Congress"],
});
const FRENCH_STEMS = FRENCH_TEST_STEMS;

const entry = makeTermEntry;

const TERMBASE = [
  entry("face recognition", ["reconnaissance faciale"], ["reconnaissance des visages"]),
  entry("face recognition technology", ["technologie de reconnaissance faciale"]),
  entry("face surveillance", ["surveillance faciale"], ["surveillance du visage"]),
  entry("civil liberties", ["libertés civiles"]),
  entry("law enforcement", ["forces de l'ordre", "police"], ["application de la loi"]),
  entry("Congress", ["Congrès"], [], true),
  entry("ACLU", ["ACLU"], [], true),
  entry("geofence warrant", ["mandat de géorepérage"]),
];

const index = buildTermIndex(TERMBASE, {
  sourceLang: "en",
  targetLang: "fr",
  sourceStemmer: ENGLISH_STEMS,
  targetStemmer: FRENCH_STEMS,
});
const sources = (text: string) => findSourceTerms(index, text).map((match) => [match.text, match.entry.source]);
const targets = (entryIndex: number, text: string) =>
  findTargetTerms(index, entryIndex, text).map((match) => [match.kind, match.text, match.term]);

describe("findSourceTerms", () => {
  it("finds a term inside a longer phrase and in its inflected forms", () => {
    expect(sources("Face recognition programs are spreading.")).toEqual([["Face recognition", "face recognition"]]);
    expect(sources("Groups defending civil liberties and two geofence warrants.")).toEqual([
      ["civil liberties", "civil liberties"],
      ["geofence warrants", "geofence warrant"],
    ]);
    expect(sources("Congress's vote on face-recognition")).toEqual([
      ["Congress's", "Congress"],
      ["face-recognition", "face recognition"],
    ]);
  });

  it("prefers the longer of overlapping terms, and finds every occurrence", () => {
    expect(sources("Ban face recognition technology; face recognition is dangerous.")).toEqual([
      ["face recognition technology", "face recognition technology"],
      ["face recognition", "face recognition"],
    ]);
  });

  it("keeps a case-sensitive term's capitals, allowing capitals at the start and in headlines", () => {
    expect(sources("The congress of the party met.")).toEqual([]);
    expect(sources("Congress met. Then CONGRESS voted.")).toEqual([
      ["Congress", "Congress"],
      ["CONGRESS", "Congress"],
    ]);
    expect(sources("The Aclu and the ACLU")).toEqual([["ACLU", "ACLU"]]);
    // A case-insensitive term matches in any case
    expect(sources("LAW ENFORCEMENT and Law Enforcement")).toHaveLength(2);
  });

  it("does not match a part of a word, nor a word the stems do not join", () => {
    // "billing" is a word of its own in the dictionary: not a form of "bill"
    const bills = buildTermIndex([entry("bill", ["projet de loi"])], {
      sourceLang: "en",
      targetLang: "fr",
      sourceStemmer: createTableStemmer({ bills: ["bill"], billing: ["billing", "bill"] }),
    });
    expect(findSourceTerms(bills, "two bills, one billing system").map((m) => m.text)).toEqual(["bills"]);
    expect(sources("interface recognitions")).toEqual([]);
    expect(sources("face recognizer")).toEqual([]);
    expect(sources("face recognitive")).toEqual([]);
  });

  it("ignores inline tags between the words", () => {
    expect(sources("Read about {1}face{/1} recognition.")).toEqual([["face{/1} recognition", "face recognition"]]);
  });
});

describe("findTargetTerms", () => {
  it("finds the preferred translation in gender and number", () => {
    expect(targets(0, "Les reconnaissances faciales se multiplient.")).toEqual([
      ["preferred", "reconnaissances faciales", "reconnaissance faciale"],
    ]);
    expect(targets(3, "les libertés civiles")).toEqual([["preferred", "libertés civiles", "libertés civiles"]]);
    expect(targets(4, "Les forces de l’ordre et la police")).toEqual([
      ["preferred", "forces de l’ordre", "forces de l'ordre"],
      ["preferred", "police", "police"],
    ]);
  });

  it("finds a forbidden translation through the articles' gender and number", () => {
    expect(targets(2, "contre la surveillance des visages")).toEqual([
      ["forbidden", "surveillance des visages", "surveillance du visage"],
    ]);
    expect(targets(0, "la reconnaissance des visages et la reconnaissance faciale")).toEqual([
      ["forbidden", "reconnaissance des visages", "reconnaissance des visages"],
      ["preferred", "reconnaissance faciale", "reconnaissance faciale"],
    ]);
    expect(targets(4, "l'application de la loi")).toEqual([
      ["forbidden", "application de la loi", "application de la loi"],
    ]);
  });

  it("does not take other words or a contraction split in two", () => {
    expect(targets(0, "la reconnaissance de la face")).toEqual([]);
    expect(targets(2, "la surveillance de visages")).toEqual([]);
    expect(targets(5, "le congrès du parti")).toEqual([]);
    expect(targets(5, "Le Congrès a voté.")).toEqual([["preferred", "Congrès", "Congrès"]]);
  });
});

describe("without a stemmer", () => {
  const plain = buildTermIndex(TERMBASE, { sourceLang: "en", targetLang: "fr" });
  it("still finds the exact forms, the articles' variants and regular plurals, but not other inflections", () => {
    expect(findSourceTerms(plain, "face recognition programs").map((m) => m.text)).toEqual(["face recognition"]);
    expect(findSourceTerms(plain, "two geofence warrants").map((m) => m.text)).toEqual(["geofence warrants"]);
    expect(findTargetTerms(plain, 2, "la surveillance des visages").map((m) => m.text)).toEqual([
      "surveillance des visages",
    ]);
    expect(findTargetTerms(plain, 0, "reconnaissances faciales").map((m) => m.text)).toEqual([
      "reconnaissances faciales",
    ]);
    // Irregular forms need the dictionary
    expect(findSourceTerms(plain, "a civil liberty")).toEqual([]);
    expect(findTargetTerms(plain, 0, "la reconnaissance facial")).toEqual([]);
  });
});

describe("inflection, as the dictionary's stems tell it", () => {
  // Stems as Hunspell's en_US and fr dictionaries give them, derivations included ("trackers" → "track")
  const stems = {
    en: createTableStemmer({
      tracker: ["tracker", "track"],
      trackers: ["track"],
      tracking: ["track"],
      tracked: ["track"],
      encrypted: ["encrypt"],
      unencrypted: ["encrypt"],
      protester: ["tester"],
      protesters: ["tester"],
      testers: ["tester"],
      liberties: ["liberty"],
      liberty: ["liberty"],
    }),
    fr: createTableStemmer({
      cours: ["cours", "cour", "courir"],
      cour: ["cour"],
      manifestant: ["manifestant", "manifester"],
      manifestantes: ["manifestant"],
      manifeste: ["manifeste", "manifester"],
      lanceur: ["lanceur"],
      lanceuses: ["lanceur"],
    }),
  };
  const grammar = buildTermIndex(
    [
      entry("tracker", ["traqueur"]),
      entry("encrypted", ["chiffré"]),
      entry("protester", ["manifestant"]),
      entry("civil liberties", ["libertés civiles"]),
      entry("appeals court", ["cour d'appel"]),
      entry("whistleblower", ["lanceur d'alerte"]),
    ],
    { sourceLang: "en", targetLang: "fr", sourceStemmer: stems.en, targetStemmer: stems.fr },
  );
  const found = (text: string) => findSourceTerms(grammar, text).map((match) => match.text);
  const foundTargets = (text: string) => findAllTargetTerms(grammar, text).map((match) => match.text);

  it("takes the forms that start with a term word listed as a stem of its own, not its other derivations", () => {
    expect(found("trackers, tracking, tracked")).toEqual(["trackers"]);
  });

  it("refuses a word that shares a stem only through a prefix", () => {
    expect(found("unencrypted but encrypted")).toEqual(["encrypted"]);
    expect(found("protesters and testers")).toEqual(["protesters"]);
  });

  it("takes the singular of a plural term, and a regular plural of a word listed on its own", () => {
    expect(found("a civil liberty")).toEqual(["civil liberty"]);
    expect(foundTargets("les cours d'appel")).toEqual(["cours d'appel"]);
  });

  it("refuses a word listed on its own that only shares a stem with the term's word", () => {
    expect(foundTargets("le manifeste des manifestantes")).toEqual(["manifestantes"]);
  });

  it("matches a word the dictionary does not know in its regular plural", () => {
    expect(found("Two whistleblowers spoke")).toEqual(["whistleblowers"]);
    expect(foundTargets("deux lanceuses d'alerte")).toEqual(["lanceuses d'alerte"]);
  });
});
