import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  childrenNamed,
  descendantsNamed,
  readXmlTree,
  textOf,
  type XmlTree,
} from "@/lib/export/__fixtures__/read-xml-tree";
import { catchAppError } from "@/tests/catch-app-error";
import type { TermEntry } from "./term-entry";
import { readTbx, writeTbx } from "./termbase-tbx";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "__fixtures__", name), "utf8");
const enFr = { sourceLang: "en", targetLang: "fr" };

const EFF: TermEntry[] = [
  {
    source: "face recognition",
    targets: ["reconnaissance faciale"],
    forbidden: ["reconnaissance des visages", "reconnaissance du visage"],
    note: 'EFF says "faciale".',
    partOfSpeech: "noun",
    caseSensitive: false,
  },
  {
    source: "Congress",
    targets: ["Congrès"],
    forbidden: [],
    note: "",
    partOfSpeech: "properNoun",
    caseSensitive: true,
  },
  {
    source: "law enforcement",
    targets: ["forces de l'ordre", "police"],
    forbidden: [],
    note: "",
    partOfSpeech: null,
    caseSensitive: false,
  },
  {
    source: "Ring",
    targets: [],
    forbidden: ["Anneau"],
    note: "Amazon's doorbell camera & app",
    partOfSpeech: null,
    caseSensitive: true,
  },
];

const errorOf = catchAppError;

describe("writeTbx", () => {
  const xml = writeTbx(EFF, enFr);
  const root = readXmlTree(xml);
  const concepts = descendantsNamed(root, "conceptEntry");
  const termsOf = (concept: XmlTree, lang: string) =>
    childrenNamed(concept, "langSec")
      .filter((section) => section.attributes["xml:lang"] === lang)
      .flatMap((section) => childrenNamed(section, "termSec"))
      .map((termSec) => ({
        term: textOf(childrenNamed(termSec, "term")[0]),
        notes: Object.fromEntries(
          childrenNamed(termSec, "termNote").map((note) => [note.attributes.type, textOf(note)]),
        ),
      }));

  it("writes a TBX-Basic v3 document an independent XML parser reads", () => {
    expect(root.name).toBe("tbx");
    expect(root.attributes).toMatchObject({
      type: "TBX-Basic",
      style: "dca",
      "xml:lang": "en",
      xmlns: "urn:iso:std:iso:30042:ed-2",
    });
    expect(childrenNamed(root).map((child) => child.name)).toEqual(["tbxHeader", "text"]);
    expect(concepts).toHaveLength(4);
    expect(concepts.map((concept) => concept.attributes.id)).toEqual(["c1", "c2", "c3", "c4"]);
  });

  it("marks preferred, admitted and forbidden translations with TBX-Basic's administrative status", () => {
    expect(termsOf(concepts[0], "en")).toEqual([{ term: "face recognition", notes: { partOfSpeech: "noun" } }]);
    expect(termsOf(concepts[0], "fr")).toEqual([
      {
        term: "reconnaissance faciale",
        notes: { partOfSpeech: "noun", administrativeStatus: "preferredTerm-admn-sts" },
      },
      {
        term: "reconnaissance des visages",
        notes: { partOfSpeech: "noun", administrativeStatus: "deprecatedTerm-admn-sts" },
      },
      {
        term: "reconnaissance du visage",
        notes: { partOfSpeech: "noun", administrativeStatus: "deprecatedTerm-admn-sts" },
      },
    ]);
    expect(termsOf(concepts[2], "fr").map((term) => term.notes.administrativeStatus)).toEqual([
      "preferredTerm-admn-sts",
      "admittedTerm-admn-sts",
    ]);
    expect(textOf(childrenNamed(concepts[0], "note")[0])).toBe('EFF says "faciale".');
    expect(textOf(childrenNamed(concepts[3], "note")[0])).toBe("Amazon's doorbell camera & app");
  });

  it("reads back what it wrote", () => {
    expect(readTbx(xml, enFr)).toEqual({ entries: EFF, skipped: 0 });
  });

  it("round-trips any terms and notes (property)", () => {
    const term = fc
      .string({ unit: fc.constantFrom("a", "é", " ", "&", "<", "'", '"', "x", "]]>"), minLength: 1, maxLength: 10 })
      .map((value) => value.trim().replace(/\s+/g, " "))
      .filter((value) => value !== "");
    const entries = fc.uniqueArray(
      fc.record({
        source: term.map((value) => value.toLowerCase()),
        targets: fc.uniqueArray(term, { minLength: 1, maxLength: 3, selector: (value) => value.toLowerCase() }),
        note: fc.string({ unit: fc.constantFrom("a", "&", "\n", "<"), maxLength: 6 }).map((value) => value.trim()),
      }),
      { maxLength: 5, selector: (value) => value.source },
    );
    fc.assert(
      fc.property(entries, (generated) => {
        const list: TermEntry[] = generated.map((value) => ({
          ...value,
          forbidden: [],
          partOfSpeech: null,
          caseSensitive: false,
        }));
        expect(readTbx(writeTbx(list, enFr), enFr).entries).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });
});

describe("readTbx on files from other tools", () => {
  it("reads TBX-Basic v3: synonyms become entries, statuses order the translations, other languages are left out", () => {
    expect(readTbx(fixture("eff-basic-v3.tbx"), enFr)).toEqual({
      entries: [
        {
          source: "face recognition",
          targets: ["reconnaissance faciale"],
          forbidden: ["reconnaissance des visages"],
          note: "Identifying or verifying people from images of their faces.\nA literal rendering; not EFF's usage.",
          partOfSpeech: "noun",
          caseSensitive: false,
        },
        {
          source: "facial recognition",
          targets: ["reconnaissance faciale"],
          forbidden: ["reconnaissance des visages"],
          note: "Identifying or verifying people from images of their faces.\nA literal rendering; not EFF's usage.",
          partOfSpeech: "noun",
          caseSensitive: false,
        },
        {
          source: "Congress",
          targets: ["Congrès"],
          forbidden: [],
          note: "",
          partOfSpeech: "properNoun",
          caseSensitive: true,
        },
      ],
      // The concept with no French term
      skipped: 1,
    });
  });

  it("reads TBX v2 (martif) with tig and ntig, and the older normativeAuthorization", () => {
    expect(readTbx(fixture("multiterm-v2.tbx"), { sourceLang: "en-US", targetLang: "fr-CA" }).entries).toEqual([
      {
        source: "civil liberties",
        targets: ["libertés civiles", "libertés publiques"],
        forbidden: [],
        note: "Always plural in French.",
        partOfSpeech: "noun",
        caseSensitive: false,
      },
      {
        source: "law enforcement",
        targets: ["forces de l'ordre"],
        forbidden: ["application de la loi"],
        note: "",
        partOfSpeech: null,
        caseSensitive: false,
      },
    ]);
  });
});

describe("readTbx on malformed input", () => {
  it.each([
    ["malformed XML", "<tbx>\n<text><body>\n<conceptEntry>\n</body></text></tbx>", 4, "malformed"],
    ["another format", '<?xml version="1.0"?>\n<xliff version="2.0"/>', 2, "not a TBX file"],
    [
      "a language section without a language",
      "<tbx><text><body><conceptEntry>\n<langSec><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>",
      2,
      "no xml:lang",
    ],
    [
      "a term section without a term",
      '<tbx><text><body><conceptEntry><langSec xml:lang="en">\n<termSec></termSec></langSec></conceptEntry></body></text></tbx>',
      2,
      "has no <term>",
    ],
    [
      "a term with a | in it",
      '<tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec>\n<term>a|b</term></termSec></langSec><langSec xml:lang="fr"><termSec><term>c</term></termSec></langSec></conceptEntry></body></text></tbx>',
      2,
      'cannot contain "|"',
    ],
    ["an empty file", "  ", 1, "empty"],
  ])("refuses %s, naming the line", (_label, xml, line, words) => {
    const error = errorOf(() => readTbx(xml, enFr));
    expect(error.message).toMatch(new RegExp(`^line ${line}: `));
    expect(error.message).toContain(words);
  });

  it("refuses a source term defined twice", () => {
    const concept = (line: string) =>
      `<conceptEntry>${line}<langSec xml:lang="en"><termSec><term>Police</term></termSec></langSec><langSec xml:lang="fr"><termSec><term>police</term></termSec></langSec></conceptEntry>`;
    const xml = `<tbx><text><body>\n${concept("")}\n${concept("")}\n</body></text></tbx>`;
    expect(errorOf(() => readTbx(xml, enFr)).message).toBe(
      'line 3: "Police" is already defined in the concept on line 2.',
    );
  });
});
