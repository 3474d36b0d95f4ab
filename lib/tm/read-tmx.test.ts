import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childrenNamed, descendantsNamed, readXmlTree, textOf } from "@/lib/export/__fixtures__/read-xml-tree";
import { buildSamplePost } from "@/lib/export/__fixtures__/sample-post";
import { renderTmx } from "@/lib/export/render-tmx";
import { catchAppError } from "@/tests/catch-app-error";
import { createTmxReader, readTmx, readTmxStream, type TmxProgress } from "./read-tmx";
import { readTmxDate, type TmxUnit } from "./tmx-document";
import { writeTmx } from "./write-tmx";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "__fixtures__", name));
const text = (name: string) => fixture(name).toString("utf8");

const readError = catchAppError;

describe("readTmx on a file using every TMX 1.4b feature", () => {
  const document = readTmx(text("spec-features.tmx"));
  const [t1, t2, t3, t4] = document.units;

  it("keeps the header: attributes, notes and props", () => {
    expect(document.header.attributes).toMatchObject({
      creationtool: "HandWritten",
      srclang: "en-US",
      creationdate: "20200701T093000Z",
      changeid: "sam",
      "o-encoding": "UTF-8",
    });
    expect(document.header.notes).toEqual(["Memory of the EFF face recognition series."]);
    expect(document.header.props).toEqual([{ type: "x-project", value: "Deeplinks" }]);
  });

  it("keeps each unit's attributes, dates, notes and props, and each variant's own", () => {
    expect(document.units).toHaveLength(4);
    expect(t1.attributes).toEqual({
      tuid: "t1",
      creationdate: "20200701T100000Z",
      creationid: "lea",
      changedate: "20200703T120000Z",
      changeid: "sam",
      usagecount: "3",
      lastusagedate: "20200801T000000Z",
      datatype: "html",
      srclang: "en-US",
    });
    expect(readTmxDate(t1.attributes.changedate)).toBe("2020-07-03T12:00:00.000Z");
    expect(t1.notes).toEqual(["Approved by the reviewer."]);
    expect(t1.props).toEqual([
      { type: "x-post", value: "face-recognition-ban" },
      { type: "x-domain", value: "surveillance", lang: "en" },
    ]);
    expect(t1.variants.map((variant) => variant.lang)).toEqual(["en-US", "fr-FR"]);
    expect(t1.variants[0].attributes).toEqual({ creationdate: "20200701T100000Z" });
    expect(t1.variants[0].props).toEqual([{ type: "x-context", value: "title" }]);
    expect(t1.variants[1].notes).toEqual(["Lien vers la version anglaise."]);
  });

  it("turns paired codes and highlights into {n}…{/n} with their native code, numbered by x", () => {
    expect(t1.variants[0].text).toBe("Read {1}our report{/1} on {2}face recognition{/2}.");
    expect(t1.variants[1].text).toBe("Lisez {1}notre rapport{/1} sur la {2}reconnaissance faciale{/2}.");
    expect(t1.variants[0].codes).toEqual({
      "1": { kind: "pair", open: '<a href="https://www.eff.org/?a=1&b=2">', close: "</a>", type: "link" },
      "2": { kind: "highlight", open: "", close: "", type: "bold" },
    });
  });

  it("turns standalone and deprecated codes into {n/}, keeping sub-flow text inside the code", () => {
    expect(t2.variants.map((variant) => variant.text)).toEqual([
      "An image{1/} and a break{2/}here.",
      "Une image{1/} et un saut{2/}ici.",
      "Ein Bild{1/} und ein Umbruch{2/}hier.",
    ]);
    expect(t2.variants[1].codes["1"]).toEqual({
      kind: "standalone",
      open: '<img alt="Une caméra sur un poteau" src="cam.png">',
      close: "",
      type: "image",
    });
    expect(t2.variants[1].codes["2"]).toEqual({ kind: "standalone", open: "<br/>", close: "" });
  });

  it("keeps isolated codes, escapes literal braces and reads CDATA as text", () => {
    expect(t3.variants[0].text).toBe("{1/}The end of an italic run, {{braces}} and <literal> & text.");
    expect(t3.variants[0].codes["1"]).toEqual({ kind: "isolated-begin", open: "<i>", close: "", type: "italic" });
  });

  it("keeps crossing pairs as they are, and makes a <bpt> without <ept> an isolated begin", () => {
    expect(t4.variants[0].text).toBe("Crossed {1}bold {2}both{/1} italic{/2}, and a lone {3/}start.");
    expect(t4.variants[0].codes["3"]).toEqual({ kind: "isolated-begin", open: "<u>", close: "" });
  });

  it("writes back what it read: reading the written file gives the same document", () => {
    const written = writeTmx(document);
    expect(readTmx(written)).toEqual(document);
    // An independent XML parser reads the codes back where they were
    const seg = childrenNamed(childrenNamed(descendantsNamed(readXmlTree(written), "tu")[0], "tuv")[0], "seg")[0];
    expect(childrenNamed(seg).map((code) => [code.name, code.attributes.x ?? null, textOf(code)])).toEqual([
      ["bpt", "1", '<a href="https://www.eff.org/?a=1&b=2">'],
      ["ept", null, "</a>"],
      ["hi", "2", "face recognition"],
    ]);
  });
});

describe("readTmx on files written by other tools", () => {
  it("reads an OmegaT project memory (TMX 1.1: lang, codes numbered from 0)", () => {
    const document = readTmx(text("omegat-project-save.tmx"));
    expect(document.header.attributes.srclang).toBe("EN-US");
    expect(document.units).toHaveLength(3);
    const [, link, numbers] = document.units;
    expect(link.variants.map((variant) => [variant.lang, variant.text])).toEqual([
      ["EN-US", "Sign {1}the petition{/1} today."],
      ["FR-FR", "Signez {1}la pétition{/1} aujourd'hui."],
    ]);
    expect(link.variants[1].codes["1"]).toEqual({ kind: "pair", open: "<a0>", close: "</a0>" });
    expect(numbers.variants[1].attributes).toEqual({
      changeid: "marc",
      changedate: "20230601T140000Z",
      creationid: "marc",
      creationdate: "20230601T140000Z",
    });
    expect(readTmx(writeTmx(document))).toEqual(document);
  });

  it("reads a Trados export in UTF-16 with a byte-order mark, through the byte stream", async () => {
    const bytes = fixture("trados-utf16.tmx");
    // Cut into pieces of 7 bytes: characters and the byte-order mark fall across chunks
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const units: TmxUnit[] = [];
    let header = null;
    for await (const batch of readTmxStream(chunks)) {
      header = batch.header;
      units.push(...batch.units);
    }
    expect(header?.attributes).toMatchObject({ creationtool: "SDL Language Platform", creationid: "TRANSLATOR\\anne" });
    expect(header?.props).toEqual([
      { type: "x-Recognizers", value: "RecognizeAll" },
      { type: "x-TMName", value: "EFF en-fr" },
    ]);
    expect(units).toHaveLength(2);
    expect(units[0].attributes).toMatchObject({ usagecount: "2", lastusagedate: "20210401T120000Z" });
    expect(units[0].props).toContainEqual({ type: "x-ConfirmationLevel", value: "ApprovedSignOff" });
    expect(units[0].variants[1].text).toBe(
      "Les associations de défense des libertés civiles s’opposent à la {1/}surveillance faciale.",
    );
    expect(units[1].variants[1].text).toBe("« Le Congrès doit agir », a-t-elle déclaré — maintenant.");
    // The same file decoded whole reads the same
    const whole = readTmx(new TextDecoder("utf-16le").decode(bytes));
    expect(whole.units).toEqual(units);
  });

  it("reads back what Retouche's post export writes", () => {
    const document = readTmx(renderTmx(buildSamplePost()));
    expect(document.units.map((unit) => unit.attributes.tuid)).toEqual(["s101", "s103", "s106", "s107"]);
    const unit = document.units[1];
    expect(unit.props).toEqual([{ type: "x-retouche-post", value: "face-recognition-ban" }]);
    expect(unit.variants[0].codes["1"]).toEqual({
      kind: "pair",
      open: '<a href="https://www.eff.org/issues/face-recognition" title="Dossier">',
      close: "</a>",
    });
    expect(writeTmx(document)).toBe(renderTmx(buildSamplePost()));
  });
});

describe("readTmx on malformed input", () => {
  const wrap = (body: string) =>
    `<?xml version="1.0"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n${body}\n</body>\n</tmx>\n`;

  it.each([
    ["an unclosed element", wrap('<tu>\n<tuv xml:lang="en"><seg>a</seg></tuv>\n'), 8, "malformed"],
    ["a variant without a language", wrap("<tu>\n<tuv><seg>a</seg></tuv>\n</tu>"), 6, "xml:lang"],
    ["a unit without variants", wrap("<tu>\n</tu>"), 6, "no <tuv>"],
    ["a variant without a segment", wrap('<tu><tuv xml:lang="en">\n</tuv></tu>'), 6, "no <seg>"],
    [
      "two segments in one variant",
      wrap('<tu><tuv xml:lang="en"><seg>a</seg>\n<seg>b</seg></tuv></tu>'),
      6,
      "more than one",
    ],
    [
      "HTML inside a segment",
      wrap('<tu><tuv xml:lang="en">\n<seg>a <b>bold</b></seg></tuv></tu>'),
      6,
      "<b> is not allowed",
    ],
    ["text directly in the body", wrap("stray words"), 5, "text is not allowed directly inside <body>"],
    ["an undefined entity", wrap('<tu><tuv xml:lang="en"><seg>a&nbsp;b</seg></tuv></tu>'), 5, "malformed"],
    ["an <it> without pos", wrap('<tu><tuv xml:lang="en"><seg><it x="1">a</it></seg></tuv></tu>'), 5, "pos="],
  ])("refuses %s, naming the line", (_label, xml, line, words) => {
    const error = readError(() => readTmx(xml));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(new RegExp(`^line ${line}: `));
    expect(error.message).toContain(words);
    expect(error.details).toEqual({ line });
  });

  it("refuses what is not a TMX file, is empty, or has no header", () => {
    expect(readError(() => readTmx("<xliff version='2.0'/>")).message).toBe(
      "line 1: this is not a TMX file: its root element is <xliff>, not <tmx>.",
    );
    expect(readError(() => readTmx("")).message).toContain("the file is empty");
    expect(readError(() => readTmx('<tmx version="1.4"><body/></tmx>')).message).toContain("before <header>");
    expect(readError(() => readTmx('<tmx version="2.0"/>')).message).toContain('TMX version "2.0"');
    expect(readError(() => readTmx('<tmx version="1.4"><header/><body/></tmx>')).message).toContain("srclang");
  });

  it("refuses a truncated file and keeps refusing once it failed", () => {
    const full = wrap('<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu>\n<tu><tuv xml:lang="en"><seg>b</seg></tuv></tu>');
    const reader = createTmxReader();
    const units = reader.write(full.slice(0, full.indexOf("<tu>", full.indexOf("</tu>"))));
    expect(units).toHaveLength(1);
    expect(() => reader.end()).toThrow(/^line \d+: the XML is malformed/);
    expect(() => reader.write("</body></tmx>")).toThrow(/malformed/);
  });

  it("refuses a unit longer than the limit", () => {
    const xml = wrap(`<tu><tuv xml:lang="en"><seg>${"a".repeat(200)}</seg></tuv></tu>`);
    expect(readError(() => readTmx(xml, { maxUnitChars: 100 })).message).toContain("longer than 100 characters");
  });

  it("refuses bytes that are not in the file's encoding", async () => {
    const bytes = new TextEncoder().encode(wrap('<tu><tuv xml:lang="en"><seg>é</seg></tuv></tu>'));
    const broken = Uint8Array.from(bytes);
    broken[broken.indexOf(0xc3)] = 0xff;
    const read = async () => {
      for await (const _ of readTmxStream([broken])) {
        // consume
      }
    };
    await expect(read()).rejects.toThrow(/not valid UTF-8/);
  });
});

describe("readTmxStream on a large memory", () => {
  it("reads 100,000 units in chunks, in batches, reporting progress", async () => {
    const count = 100_000;
    function* chunks() {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>\n';
      for (let i = 0; i < count; i += 1000) {
        let piece = "";
        for (let k = i; k < i + 1000; k++) {
          piece += `<tu tuid="${k}"><tuv xml:lang="en"><seg>Sentence ${k} about face recognition.</seg></tuv><tuv xml:lang="fr"><seg>Phrase ${k} sur la reconnaissance faciale.</seg></tuv></tu>\n`;
        }
        yield piece;
      }
      yield "</body></tmx>\n";
    }
    const progress: TmxProgress[] = [];
    let units = 0;
    let batches = 0;
    let largestBatch = 0;
    let last: TmxUnit | undefined;
    for await (const batch of readTmxStream(chunks(), { onProgress: (p) => progress.push(p), progressEvery: 10_000 })) {
      batches++;
      units += batch.units.length;
      largestBatch = Math.max(largestBatch, batch.units.length);
      last = batch.units[batch.units.length - 1];
    }
    expect(units).toBe(count);
    expect(last?.variants[1].text).toBe(`Phrase ${count - 1} sur la reconnaissance faciale.`);
    // Batches stay small whatever the file's size: memory is bounded by the batch, not the file
    expect(batches).toBe(count / 500);
    expect(largestBatch).toBe(500);
    expect(progress.map((p) => p.units)).toEqual([...Array.from({ length: 10 }, (_, i) => (i + 1) * 10_000), count]);
    // Two header lines, one line per unit, the closing line, and the line after the final newline
    expect(progress[progress.length - 1].line).toBe(count + 4);
  });
});
