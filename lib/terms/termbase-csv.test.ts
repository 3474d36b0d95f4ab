import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { TermEntry } from "./term-entry";
import { readTermbaseCsv, writeTermbaseCsv } from "./termbase-csv";

const entry = (source: string, targets: string[], overrides: Partial<TermEntry> = {}): TermEntry => ({
  source,
  targets,
  forbidden: [],
  note: "",
  partOfSpeech: null,
  caseSensitive: false,
  ...overrides,
});

function lineOf(run: () => unknown): { line: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { line: (error as AppError).details?.line, message: (error as AppError).message };
  }
  throw new Error("expected an error");
}

describe("readTermbaseCsv", () => {
  it("reads the four columns, several values separated by |", () => {
    const csv = [
      "source,target,forbidden,note",
      "face recognition,reconnaissance faciale,reconnaissance des visages|reconnaissance du visage,EFF usage",
      "face surveillance,surveillance faciale,surveillance du visage,",
      "Congress,Congrès,,the US Congress",
    ].join("\n");
    expect(readTermbaseCsv(csv)).toEqual([
      entry("face recognition", ["reconnaissance faciale"], {
        forbidden: ["reconnaissance des visages", "reconnaissance du visage"],
        note: "EFF usage",
      }),
      entry("face surveillance", ["surveillance faciale"], { forbidden: ["surveillance du visage"] }),
      // A capital makes a term case-sensitive unless the file says otherwise
      entry("Congress", ["Congrès"], { note: "the US Congress", caseSensitive: true }),
    ]);
  });

  it("takes the columns in the header's order, with the optional ones, and positional columns without a header", () => {
    const csv = "Note;Target;Source;POS;Case sensitive\nun nom;police;police;noun;yes\n";
    expect(readTermbaseCsv(csv)).toEqual([
      entry("police", ["police"], { note: "un nom", partOfSpeech: "noun", caseSensitive: true }),
    ]);
    expect(readTermbaseCsv("law enforcement,forces de l'ordre|police\n")).toEqual([
      entry("law enforcement", ["forces de l'ordre", "police"]),
    ]);
  });

  it("reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside a cell; a BOM; CRLF", () => {
    const csv =
      '\uFEFFsource,target,note\r\n"civil liberties","libertés civiles","plural, always\r\n""libertés"""\r\n\r\nACLU,ACLU,\r\n';
    expect(readTermbaseCsv(csv)).toEqual([
      entry("civil liberties", ["libertés civiles"], { note: 'plural, always\r\n"libertés"' }),
      entry("ACLU", ["ACLU"], { caseSensitive: true }),
    ]);
  });

  it("normalises: trims, collapses spaces, drops repeated values and a forbidden value that is also preferred", () => {
    expect(readTermbaseCsv("source,target,forbidden\n  face   recognition , a | a | b ,b|c\n")).toEqual([
      entry("face recognition", ["a", "b"], { forbidden: ["c"] }),
    ]);
  });

  it.each([
    ["an empty file", "", 1, "the file is empty"],
    ["an unknown column", "source,target,colour\nx,y,z\n", 1, 'unknown column "colour"'],
    ["no source column", "target,note\nx,y\n", 1, "no source column"],
    ["an empty source", "source,target\nx,y\n,z\n", 3, "source term is empty"],
    ["too many cells", "source,target\nx,y,z\n", 2, "3 columns"],
    ["a quote never closed", 'source,target\nx,y\n"a,b\nc,d\n', 3, "never closed"],
    ["a stray quote", 'source,target\nx,y"z\n', 2, "quote inside an unquoted cell"],
    ["text after a closing quote", 'source,target\n"x"y,z\n', 2, "must end at its closing quote"],
    [
      "a repeated source term",
      "source,target\nface recognition,a\nx,y\nFace Recognition,b\n",
      4,
      "already defined on line 2",
    ],
    ["a bad part of speech", "source,target,part_of_speech\nx,y,gerund\n", 2, '"gerund" is not a part of speech'],
    ["a bad flag", "source,target,case_sensitive\nx,y,maybe\n", 2, 'case_sensitive is "maybe"'],
    ["a term on two lines", 'source,target\n"a\nb",c\n', 2, "a term is one line"],
    ["an entry without any translation", "source,target,note\nx,,a note\n", 2, "needs a preferred or a forbidden"],
  ])("refuses %s, naming the line", (_label, csv, line, words) => {
    const error = lineOf(() => readTermbaseCsv(csv));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^line ${line}: `));
    expect(error.message).toContain(words);
  });

  it("counts lines inside quoted cells when naming a later line", () => {
    const csv = 'source,target,note\nx,y,"one\ntwo\nthree"\n,z,\n';
    expect(lineOf(() => readTermbaseCsv(csv)).line).toBe(5);
  });
});

describe("writeTermbaseCsv", () => {
  const entries: TermEntry[] = [
    entry("face recognition", ["reconnaissance faciale"], {
      forbidden: ["reconnaissance des visages", "reconnaissance du visage"],
      note: 'Say "faciale", never "du visage", in titles too.\nSee the style guide, section 2.',
      partOfSpeech: "noun",
    }),
    entry("Congress", ["Congrès"], { caseSensitive: true, partOfSpeech: "properNoun" }),
    entry("Ring", [], { forbidden: ["Anneau"], caseSensitive: true, note: " leading space" }),
  ];

  it("is read back by an independent CSV reader with the same cells", () => {
    const csv = writeTermbaseCsv(entries);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      {
        source: "face recognition",
        target: "reconnaissance faciale",
        forbidden: "reconnaissance des visages|reconnaissance du visage",
        note: 'Say "faciale", never "du visage", in titles too.\nSee the style guide, section 2.',
        part_of_speech: "noun",
        case_sensitive: "no",
      },
      {
        source: "Congress",
        target: "Congrès",
        forbidden: "",
        note: "",
        part_of_speech: "properNoun",
        case_sensitive: "yes",
      },
      {
        source: "Ring",
        target: "",
        forbidden: "Anneau",
        note: " leading space",
        part_of_speech: "",
        case_sensitive: "yes",
      },
    ]);
  });

  it("round-trips through readTermbaseCsv (property)", () => {
    const term = fc
      .string({ unit: fc.constantFrom("a", "é", " ", ",", '"', ";", "'", "É", "x"), minLength: 1, maxLength: 12 })
      .map((value) => value.trim().replace(/\s+/g, " "))
      .filter((value) => value !== "");
    const entriesArbitrary = fc.uniqueArray(
      fc.record({
        source: term,
        targets: fc.uniqueArray(term, { minLength: 1, maxLength: 3, selector: (value) => value.toLowerCase() }),
        note: fc
          .string({ unit: fc.constantFrom("a", ",", '"', "\n", " ", "|"), maxLength: 10 })
          .map((value) => value.trim()),
        caseSensitive: fc.boolean(),
      }),
      { maxLength: 5, selector: (value) => value.source.toLowerCase() },
    );
    fc.assert(
      fc.property(entriesArbitrary, (generated) => {
        const list: TermEntry[] = generated.map((value) => ({ ...value, forbidden: [], partOfSpeech: null }));
        expect(readTermbaseCsv(writeTermbaseCsv(list))).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });
});
