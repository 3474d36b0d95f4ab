import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import {
  childrenNamed,
  childSequence,
  descendantsNamed,
  readXmlTree,
  textOf,
  type XmlTree,
} from "./__fixtures__/read-xml-tree";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import { renderTmx } from "./render-tmx";

const HEADER_REQUIRED = ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"];

/** The TMX 1.4b rules our files could break: header attributes, tu/tuv/seg shape, bpt/ept pairing. */
function checkTmxStructure(xml: string): XmlTree {
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = readXmlTree(xml);
  expect(root.name).toBe("tmx");
  expect(root.attributes.version).toBe("1.4");
  expect(childSequence(root)).toBe("header body");
  const header = childrenNamed(root, "header")[0];
  for (const attribute of HEADER_REQUIRED) expect(header.attributes[attribute]).toBeTruthy();
  expect(["block", "paragraph", "sentence", "phrase"]).toContain(header.attributes.segtype);
  if (header.attributes.creationdate) expect(header.attributes.creationdate).toMatch(/^\d{8}T\d{6}Z$/);
  for (const tu of childrenNamed(childrenNamed(root, "body")[0])) {
    expect(tu.name).toBe("tu");
    // (note | prop)*, tuv+ — we always write exactly the two languages.
    expect(childSequence(tu)).toMatch(/^((note|prop) )*tuv tuv$/);
    for (const tuv of childrenNamed(tu, "tuv")) {
      expect(tuv.attributes["xml:lang"]).toBeTruthy();
      expect(childSequence(tuv)).toBe("seg");
      const seg = childrenNamed(tuv, "seg")[0];
      const begins = descendantsNamed(seg, "bpt").map((bpt) => bpt.attributes.i);
      const ends = descendantsNamed(seg, "ept").map((ept) => ept.attributes.i);
      expect(new Set(begins).size).toBe(begins.length);
      expect([...ends].sort()).toEqual([...begins].sort());
      // Each ept comes after its bpt.
      const order = childrenNamed(seg).map((code) => `${code.name}:${code.attributes.i ?? ""}`);
      for (const i of begins) expect(order.indexOf(`bpt:${i}`)).toBeLessThan(order.indexOf(`ept:${i}`));
      for (const code of childrenNamed(seg)) {
        expect(["bpt", "ept", "it", "ph", "hi", "ut"]).toContain(code.name);
        if (code.attributes.x !== undefined) expect(code.attributes.x).toMatch(/^\d+$/);
        if (code.name === "it") expect(["begin", "end"]).toContain(code.attributes.pos);
      }
    }
  }
  return root;
}

describe("renderTmx", () => {
  const post = buildSamplePost();
  const xml = renderTmx(post);

  it("satisfies the TMX 1.4b structure with the required header", () => {
    const root = checkTmxStructure(xml);
    expect(childrenNamed(root, "header")[0].attributes).toMatchObject({
      creationtool: "Retouche",
      creationtoolversion: "0.1",
      segtype: "sentence",
      "o-tmf": "Retouche",
      adminlang: "en",
      srclang: "en",
      datatype: "plaintext",
      creationdate: "20200701T100000Z",
    });
  });

  it("holds the approved segment pairs only, in the source then target language", () => {
    const root = readXmlTree(xml);
    const tus = descendantsNamed(root, "tu");
    expect(tus.map((tu) => tu.attributes.tuid)).toEqual(["s101", "s103", "s106", "s107"]);
    for (const tu of tus) {
      expect(childrenNamed(tu, "tuv").map((tuv) => tuv.attributes["xml:lang"])).toEqual(["en", "fr"]);
      const prop = childrenNamed(tu, "prop")[0];
      expect(prop.attributes.type).toBe("x-retouche-post");
      expect(textOf(prop)).toBe("face-recognition-ban");
    }
    const [source, target] = childrenNamed(tus[0], "tuv").map((tuv) => textOf(childrenNamed(tuv, "seg")[0]));
    expect([source, target]).toEqual(["Ban Face Recognition", "Interdire la reconnaissance faciale"]);
  });

  it("keeps inline tags as native code in bpt/ept with matching x on both sides", () => {
    const tu = descendantsNamed(readXmlTree(xml), "tu").find(
      (candidate) => candidate.attributes.tuid === "s103",
    ) as XmlTree;
    const [source, target] = childrenNamed(tu, "tuv").map((tuv) => childrenNamed(tuv, "seg")[0]);
    const codes = (seg: XmlTree) =>
      childrenNamed(seg).map((code) => [code.name, code.attributes.x ?? null, textOf(code)]);
    const expected = [
      ["bpt", "1", '<a href="https://www.eff.org/issues/face-recognition" title="Dossier">'],
      ["ept", null, "</a>"],
      ["bpt", "2", "<em>"],
      ["ept", null, "</em>"],
    ];
    expect(codes(source)).toEqual(expected);
    expect(codes(target)).toEqual(expected);
    expect(xml).toContain(
      '<bpt i="1" x="1">&lt;a href="https://www.eff.org/issues/face-recognition" title="Dossier"&gt;</bpt>',
    );
  });

  it("writes crossing pairs as bpt/ept, lone halves as <it> and standalone tags as <ph>", () => {
    const tags = {
      "1": { name: "a", attrs: { href: "https://eff.org" } },
      "2": { name: "b", attrs: {} },
      "3": { name: "br", attrs: {} },
    };
    const out = renderTmx(
      makePost([makeBlock("paragraph", [makeSegment("{1}a{2}b{/1}c{/2}{3/} {2}x", { state: "APPROVED" })], tags)]),
    );
    checkTmxStructure(out);
    expect(/<tuv xml:lang="fr">\s*<seg>(.*)<\/seg>/.exec(out)?.[1]).toBe(
      '<bpt i="1" x="1">&lt;a href="https://eff.org"&gt;</bpt>a<bpt i="2" x="2">&lt;b&gt;</bpt>b<ept i="1">&lt;/a&gt;</ept>c' +
        '<ept i="2">&lt;/b&gt;</ept><ph x="3">&lt;br&gt;</ph> <it pos="begin" x="2">&lt;b&gt;</it>x',
    );
  });

  it("is an empty but valid memory when nothing is approved", () => {
    const out = renderTmx(
      makePost([makeBlock("paragraph", [makeSegment("a", { state: "EDITED" })])], { publishedAt: null }),
    );
    const root = checkTmxStructure(out);
    expect(descendantsNamed(root, "tu")).toHaveLength(0);
    expect(childrenNamed(root, "header")[0].attributes.creationdate).toBeUndefined();
  });

  it("stays valid for any segment text (property)", () => {
    fc.assert(
      fc.property(fc.array(arbitraryTokenText({ xmlUnsafe: true }), { minLength: 1, maxLength: 4 }), (texts) => {
        const tags = {
          "1": { name: "a", attrs: { href: "https://eff.org/?a=1&b=2" } },
          "5": { name: "img", attrs: { src: "https://x" } },
        };
        const randomPost = makePost([
          makeBlock(
            "paragraph",
            texts.map((text) => makeSegment(`${text}.`, { state: "APPROVED" })),
            tags,
          ),
        ]);
        const root = checkTmxStructure(renderTmx(randomPost));
        expect(descendantsNamed(root, "tu")).toHaveLength(texts.length);
      }),
      { numRuns: 200 },
    );
  });
});
