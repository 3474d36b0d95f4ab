import fc from "fast-check";
import { describe, expect, it } from "vitest";
import xliff from "xliff";
import { arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import { convertXliffValue, flattenXliffUnits } from "./__fixtures__/read-xliff-js";
import {
  childrenNamed,
  childSequence,
  descendantsNamed,
  NMTOKEN,
  readXmlTree,
  textOf,
  type XmlTree,
} from "./__fixtures__/read-xml-tree";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import type { ExportPost } from "./export-types";
import { renderXliff2 } from "./render-xliff2";

const INLINE_CODES = new Set(["pc", "ph", "sc", "ec", "mrk", "sm", "em"]);

/** The constraints of XLIFF 2.0 core (§4) and the metadata module that our files can break. */
function checkXliff2Structure(xml: string): XmlTree {
  const root = readXmlTree(xml);
  expect(root.name).toBe("xliff");
  expect(root.attributes).toMatchObject({ xmlns: "urn:oasis:names:tc:xliff:document:2.0", version: "2.0" });
  expect(root.attributes.srcLang).toBeTruthy();
  expect(childSequence(root)).toMatch(/^file( file)*$/);
  for (const file of childrenNamed(root, "file")) {
    expect(file.attributes.id).toMatch(NMTOKEN);
    // skeleton?, other namespaces*, notes?, (unit | group)+
    expect(childSequence(file)).toMatch(/^(mda:metadata )?(notes )?((group|unit) ?)+$/);
    const unitIds = descendantsNamed(file, "unit").map((unit) => unit.attributes.id);
    expect(new Set(unitIds).size).toBe(unitIds.length);
    for (const group of descendantsNamed(file, "group")) {
      expect(group.attributes.id).toMatch(NMTOKEN);
      expect(group.attributes.type ?? "x:y").toMatch(/^[^\s:]+:[^\s:]+$/);
    }
    for (const unit of descendantsNamed(file, "unit")) checkUnit(unit);
    for (const metadata of descendantsNamed(file, "mda:metadata")) {
      expect(childSequence(metadata)).toMatch(/^mda:metaGroup( mda:metaGroup)*$/);
      for (const meta of descendantsNamed(metadata, "mda:meta")) expect(meta.attributes.type).toBeTruthy();
    }
  }
  return root;
}

function checkUnit(unit: XmlTree): void {
  expect(unit.attributes.id).toMatch(NMTOKEN);
  // other namespaces*, notes?, originalData?, (segment | ignorable)+
  expect(childSequence(unit)).toMatch(/^(mda:metadata )?(notes )?(originalData )?(segment ?)+$/);
  for (const notes of childrenNamed(unit, "notes")) expect(childSequence(notes)).toMatch(/^note( note)*$/);
  const dataIds = descendantsNamed(unit, "data").map((data) => data.attributes.id);
  expect(new Set(dataIds).size).toBe(dataIds.length);
  for (const segment of childrenNamed(unit, "segment")) {
    expect(childSequence(segment)).toMatch(/^source( target)?$/);
    expect(["initial", "translated", "reviewed", "final"]).toContain(segment.attributes.state);
    expect(segment.attributes.subState).toMatch(/^[^\s:]+:[^\s:]+$/);
    for (const content of childrenNamed(segment)) {
      const codes = descendantsNamed(content, "pc")
        .concat(descendantsNamed(content, "ph"), descendantsNamed(content, "sc"), descendantsNamed(content, "ec"))
        .filter((code) => code.attributes.id !== undefined);
      const ids = codes.map((code) => code.attributes.id);
      // Inline ids are unique within the content and distinct from the segment id.
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(segment.attributes.id);
      for (const id of ids) expect(id).toMatch(NMTOKEN);
      for (const code of descendantsNamed(content, "pc").concat(
        descendantsNamed(content, "ph"),
        descendantsNamed(content, "sc"),
        descendantsNamed(content, "ec"),
      )) {
        for (const ref of ["dataRef", "dataRefStart", "dataRefEnd"]) {
          if (code.attributes[ref] !== undefined) expect(dataIds).toContain(code.attributes[ref]);
        }
        if (code.attributes.type !== undefined)
          expect(["fmt", "ui", "quote", "link", "image", "other"]).toContain(code.attributes.type);
      }
      // <ec>: exactly one of startRef (then a <sc> with that id) or id with isolated="yes".
      const startIds = descendantsNamed(content, "sc").map((sc) => sc.attributes.id);
      for (const ec of descendantsNamed(content, "ec")) {
        if (ec.attributes.startRef !== undefined) {
          expect(ec.attributes.id).toBeUndefined();
          expect(startIds).toContain(ec.attributes.startRef);
        } else {
          expect(ec.attributes.isolated).toBe("yes");
          expect(ec.attributes.id).toBeTruthy();
        }
      }
      for (const child of descendantsNamed(content, "cp")) expect(child.attributes.hex).toMatch(/^[0-9A-F]{4,6}$/);
      for (const element of childrenNamed(content))
        expect(INLINE_CODES.has(element.name) || element.name === "cp").toBe(true);
    }
  }
}

describe("renderXliff2", () => {
  const post = buildSamplePost();
  const xml = renderXliff2(post);

  it("satisfies the XLIFF 2.0 core structure", () => {
    const root = checkXliff2Structure(xml);
    expect(root.attributes.trgLang).toBe("fr");
    const file = childrenNamed(root, "file")[0];
    expect(file.attributes).toMatchObject({ id: "post-7", original: post.sourceUrl, canResegment: "no" });
    expect(descendantsNamed(file, "group").map((group) => group.attributes.id)).toEqual([
      "b0",
      "b1",
      "b2",
      "b3",
      "b4",
      "b5",
      "b6",
    ]);
  });

  it("is read back by the independent `xliff` package: every unit, source and target", async () => {
    const js = await xliff.xliff2js(xml);
    expect(js.sourceLanguage).toBe("en");
    expect(js.targetLanguage).toBe("fr");
    expect(Object.keys(js.resources)).toEqual(["post-7"]);
    const units = flattenXliffUnits(js);
    const segments = post.blocks.flatMap((block, index) =>
      block.segments.map((segment) => ({ segment, group: `b${index}` })),
    );
    expect([...units.keys()]).toEqual(segments.map(({ segment }) => `s${segment.id}`));
    for (const { segment, group } of segments) {
      const unit = units.get(`s${segment.id}`);
      expect(unit?.group).toBe(group);
      expect(convertXliffValue(unit?.source)).toBe(segment.sourceText);
      expect(convertXliffValue(unit?.target)).toBe(segment.targetText);
    }
    expect(units.get("s103")?.note).toBe("Terme validé par le glossaire");
    expect(units.get("s104")?.note).toBe("returned");
  });

  it("maps states, keeps the exact one in subState and the version in the metadata module", () => {
    const root = readXmlTree(xml);
    const states = descendantsNamed(root, "segment").map((segment) => [
      segment.attributes.id,
      segment.attributes.state,
      segment.attributes.subState,
    ]);
    expect(states).toEqual([
      ["s101", "final", "retouche:approved"],
      ["s102", "translated", "retouche:confirmed"],
      ["s103", "final", "retouche:approved"],
      ["s104", "translated", "retouche:returned"],
      ["s105", "initial", "retouche:mt"],
      ["s106", "final", "retouche:approved"],
      ["s107", "final", "retouche:approved"],
      ["s108", "translated", "retouche:edited"],
    ]);
    const unit = descendantsNamed(root, "unit").find((candidate) => candidate.attributes.id === "s103") as XmlTree;
    const version = descendantsNamed(unit, "mda:meta").find((meta) => meta.attributes.type === "version");
    expect(version && textOf(version)).toBe("4");
  });

  it("stores the original markup in <originalData> and points the codes at it", () => {
    const unit = descendantsNamed(readXmlTree(xml), "unit").find(
      (candidate) => candidate.attributes.id === "s103",
    ) as XmlTree;
    const data = Object.fromEntries(
      descendantsNamed(unit, "data").map((entry) => [entry.attributes.id, textOf(entry)]),
    );
    expect(data).toEqual({
      d1: '<a href="https://www.eff.org/issues/face-recognition" title="Dossier">',
      "d1-end": "</a>",
      d2: "<em>",
      "d2-end": "</em>",
    });
    const pc = descendantsNamed(unit, "pc")[0];
    expect(pc.attributes).toMatchObject({ id: "1", dataRefStart: "d1", dataRefEnd: "d1-end", type: "link" });
    expect(xml).toContain(
      '<data id="d1">&lt;a href="https://www.eff.org/issues/face-recognition" title="Dossier"&gt;</data>',
    );
  });

  it("writes self-closing, crossing, lone and repeated placeholders as valid codes", () => {
    const tags = {
      "1": { name: "a", attrs: { href: "https://eff.org" } },
      "2": { name: "em", attrs: {} },
      "3": { name: "br", attrs: {}, selfClosing: true },
    };
    const target = "{1}a{2}b{/1}c{/2} {3/}{3/} {1}x{/1}{1}y{/1} lone{/2} {2}open \u0001";
    const xmlOut = renderXliff2(
      makePost([makeBlock("paragraph", [makeSegment(target, { sourceText: "{1}a{/1}" })], tags)]),
    );
    checkXliff2Structure(xmlOut);
    const targetXml = /<target xml:space="preserve">(.*)<\/target>/.exec(xmlOut)?.[1];
    expect(targetXml).toBe(
      '<sc id="1" dataRef="d1" type="link"/>a<pc id="2" dataRefStart="d2" dataRefEnd="d2-end" type="fmt" canOverlap="yes">b' +
        '<ec startRef="1" dataRef="d1-end" type="link"/>c</pc> <ph id="3" dataRef="d3" type="fmt"/><ph id="3-2" dataRef="d3" type="fmt"/> ' +
        '<pc id="1-2" dataRefStart="d1" dataRefEnd="d1-end" type="link">x</pc><pc id="1-3" dataRefStart="d1" dataRefEnd="d1-end" type="link">y</pc> ' +
        'lone<ec id="2-2" isolated="yes" dataRef="d2-end" type="fmt"/> <sc id="2-3" dataRef="d2" type="fmt" isolated="yes"/>open <cp hex="0001"/>',
    );
  });

  it("stays valid for an empty post", () => {
    checkXliff2Structure(renderXliff2(makePost([])));
  });

  it("escapes carriage returns so parsers keep them", () => {
    const out = renderXliff2(makePost([makeBlock("paragraph", [makeSegment("a\r\nb")])]));
    expect(out).toContain("a&#xD;\nb");
    expect(out).not.toContain("\r");
  });

  it("stays valid and readable by the independent reader for any segment text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryTokenText({ xmlUnsafe: true }), { minLength: 1, maxLength: 4 }),
        async (texts) => {
          const randomPost: ExportPost = makePost([
            makeBlock(
              "paragraph",
              texts.map((text) => makeSegment(text, { sourceText: text })),
              {
                "1": { name: "a", attrs: { href: 'https://eff.org/?a=1&b="2"' } },
                "2": { name: "img", attrs: { src: "x" }, selfClosing: true },
              },
            ),
          ]);
          const out = renderXliff2(randomPost);
          checkXliff2Structure(out);
          const units = flattenXliffUnits(await xliff.xliff2js(out));
          expect([...units.keys()]).toEqual(randomPost.blocks[0].segments.map((segment) => `s${segment.id}`));
        },
      ),
      { numRuns: 150 },
    );
  });
});
