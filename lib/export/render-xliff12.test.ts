import fc from "fast-check";
import { describe, expect, it } from "vitest";
import xliff from "xliff";
import { arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import { convertXliffValue, flattenXliffUnits } from "./__fixtures__/read-xliff-js";
import {
  childrenNamed,
  childSequence,
  descendantsNamed,
  readXmlTree,
  type XmlTree,
} from "./__fixtures__/read-xml-tree";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import { renderXliff12 } from "./render-xliff12";

const TARGET_STATES = [
  "final",
  "needs-adaptation",
  "needs-l10n",
  "needs-review-adaptation",
  "needs-review-l10n",
  "needs-review-translation",
  "needs-translation",
  "new",
  "signed-off",
  "translated",
];

/** What XLIFF 1.2 (strict schema) requires of the parts we write. */
function checkXliff12Structure(xml: string): XmlTree {
  const root = readXmlTree(xml);
  expect(root.name).toBe("xliff");
  expect(root.attributes).toMatchObject({ xmlns: "urn:oasis:names:tc:xliff:document:1.2", version: "1.2" });
  for (const file of childrenNamed(root, "file")) {
    for (const required of ["original", "source-language", "datatype"]) expect(file.attributes[required]).toBeTruthy();
    expect(childSequence(file)).toMatch(/^(header )?body$/);
    for (const tool of descendantsNamed(file, "tool")) expect(tool.attributes).toHaveProperty("tool-name");
    const units = descendantsNamed(file, "trans-unit");
    const ids = units.map((unit) => unit.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const unit of units) {
      // source, seg-source?, target?, (context-group | count-group | prop-group | note | alt-trans)*
      expect(childSequence(unit)).toMatch(/^source( target)?( note)*$/);
      for (const target of childrenNamed(unit, "target")) expect(TARGET_STATES).toContain(target.attributes.state);
      // Extension attributes must be namespaced (rt:…); core attributes are the known ones.
      for (const attribute of Object.keys(unit.attributes)) {
        expect(["id", "approved", "xml:space"].includes(attribute) || attribute.startsWith("rt:")).toBe(true);
      }
      for (const content of childrenNamed(unit).filter((child) => child.name !== "note")) {
        for (const code of ["g", "x", "bx", "ex"].flatMap((name) => descendantsNamed(content, name))) {
          expect(code.attributes.id).toBeTruthy();
        }
        const codeIds = ["g", "x", "bx", "ex"]
          .flatMap((name) => descendantsNamed(content, name))
          .map((code) => code.attributes.id);
        expect(new Set(codeIds).size).toBe(codeIds.length);
        const startIds = descendantsNamed(content, "bx").map((bx) => bx.attributes.id);
        for (const ex of descendantsNamed(content, "ex"))
          if (ex.attributes.rid) expect(startIds).toContain(ex.attributes.rid);
      }
    }
  }
  return root;
}

describe("renderXliff12", () => {
  const post = buildSamplePost();
  const xml = renderXliff12(post);

  it("satisfies the XLIFF 1.2 structure", () => {
    const root = checkXliff12Structure(xml);
    const file = childrenNamed(root, "file")[0];
    expect(file.attributes).toMatchObject({
      original: post.sourceUrl,
      "source-language": "en",
      "target-language": "fr",
      datatype: "html",
      "rt:post": "post-7",
    });
    expect(root.attributes["xmlns:rt"]).toBe("urn:retouche:xliff");
  });

  it("is read back by the independent `xliff` package: every trans-unit, source and target", async () => {
    const js = await xliff.xliff12ToJs(xml);
    expect(js.sourceLanguage).toBe("en");
    expect(js.targetLanguage).toBe("fr");
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
      expect(unit?.additionalAttributes?.["rt:version"]).toBe(String(segment.version));
    }
    expect(units.get("s103")?.additionalAttributes?.approved).toBe("yes");
    expect(units.get("s104")?.note).toBe("returned");
  });

  it("maps the five states onto 1.2 target states", () => {
    const states = descendantsNamed(readXmlTree(xml), "target").map((target) => target.attributes.state);
    expect(states).toEqual([
      "final",
      "signed-off",
      "final",
      "needs-review-translation",
      "new",
      "final",
      "final",
      "translated",
    ]);
  });

  it("writes <g>/<x> with ctypes, and <bx>/<ex> for crossing or lone halves", () => {
    const tags = {
      "1": { name: "a", attrs: { href: "https://eff.org" } },
      "2": { name: "em", attrs: {} },
      "3": { name: "img", attrs: { src: "https://eff.org/i.png" }, selfClosing: true },
      "4": { name: "code", attrs: {} },
    };
    const out = renderXliff12(
      makePost([makeBlock("paragraph", [makeSegment("{1}a{2}b{/1}c{/2} {3/} {4}x{/4} {2}lone")], tags)]),
    );
    checkXliff12Structure(out);
    expect(/<target state="translated">(.*)<\/target>/.exec(out)?.[1]).toBe(
      '<bx id="1" rid="1" ctype="link"/>a<g id="2" ctype="italic">b<ex id="1-2" rid="1"/>c</g> <x id="3" ctype="image"/> ' +
        '<g id="4" ctype="x-html-code">x</g> <bx id="2-2" rid="2-2" ctype="italic"/>lone',
    );
  });

  it("leaves out characters XML cannot carry and stays valid for any text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryTokenText({ xmlUnsafe: true }), { minLength: 1, maxLength: 4 }),
        async (texts) => {
          const randomPost = makePost([
            makeBlock(
              "paragraph",
              texts.map((text) => makeSegment(text)),
            ),
          ]);
          const out = renderXliff12(randomPost);
          checkXliff12Structure(out);
          const units = flattenXliffUnits(await xliff.xliff12ToJs(out));
          expect([...units.keys()]).toEqual(randomPost.blocks[0].segments.map((segment) => `s${segment.id}`));
        },
      ),
      { numRuns: 150 },
    );
  });
});
