import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { arbitraryBalancedText, arbitraryLiteral } from "@/lib/export/__fixtures__/placeholder-arbitraries";
import { childrenNamed, childSequence, readXmlTree } from "@/lib/export/__fixtures__/read-xml-tree";
import { tokenizePlaceholderText } from "@/lib/text/placeholders";
import { readTmx } from "./read-tmx";
import type { TmxCode, TmxUnit } from "./tmx-document";
import { createTmxHeader, writeTmx, writeTmxChunks } from "./write-tmx";

const header = createTmxHeader({ srclang: "en", creationDate: "2020-07-01T10:00:00Z", notes: ["A note & more"] });

/** Each placeholder number used once, so that TMX's x numbers read back as the same placeholders. */
function usesEachNumberOnce(text: string): boolean {
  const opened = tokenizePlaceholderText(text).flatMap((token) =>
    token.type === "open" || token.type === "self" ? [token.id] : [],
  );
  return new Set(opened).size === opened.length;
}

const variantText = arbitraryBalancedText().filter(usesEachNumberOnce);

function codesFor(text: string, native: string, highlight: boolean, isolated: boolean): Record<string, TmxCode> {
  const codes: Record<string, TmxCode> = {};
  for (const token of tokenizePlaceholderText(text)) {
    if (token.type === "open") {
      codes[token.id] = highlight
        ? { kind: "highlight", open: "", close: "" }
        : { kind: "pair", open: native, close: `/${native}` };
    } else if (token.type === "self") {
      codes[token.id] = { kind: isolated ? "isolated-end" : "standalone", open: native, close: "" };
    }
  }
  return codes;
}

describe("writeTmx", () => {
  it("writes a valid TMX 1.4b document, header first, one <tu> per unit", () => {
    const xml = writeTmx({
      header,
      units: [
        {
          attributes: { tuid: "1", creationdate: "20200701T100000Z" },
          notes: ["n"],
          props: [{ type: "x-post", value: "p" }],
          variants: [
            { lang: "en", text: "Hello {1/}", codes: {}, attributes: {}, notes: [], props: [] },
            { lang: "fr", text: "Bonjour {1/}", codes: {}, attributes: { changeid: "lea" }, notes: ["v"], props: [] },
          ],
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = readXmlTree(xml);
    expect(root.attributes).toEqual({ version: "1.4" });
    expect(childSequence(root)).toBe("header body");
    expect(childrenNamed(root, "header")[0].attributes).toMatchObject({
      srclang: "en",
      creationdate: "20200701T100000Z",
    });
    const tu = childrenNamed(childrenNamed(root, "body")[0], "tu")[0];
    expect(childSequence(tu)).toBe("note prop tuv tuv");
    expect(childSequence(childrenNamed(tu, "tuv")[1])).toBe("note seg");
    expect(childrenNamed(tu, "tuv")[1].attributes).toEqual({ "xml:lang": "fr", changeid: "lea" });
  });

  it("keeps tabs and line breaks in attribute values, which XML would otherwise turn into spaces", () => {
    const unit: TmxUnit = {
      attributes: { tuid: "a\tb", "x-comment": "line 1\nline 2\r\n" },
      notes: [],
      props: [],
      variants: [{ lang: "en", text: "x", codes: {}, attributes: {}, notes: [], props: [] }],
    };
    expect(readTmx(writeTmx({ header, units: [unit] })).units).toEqual([unit]);
  });

  it("refuses a header without the attributes TMX requires", () => {
    expect(() => writeTmx({ header: { attributes: { srclang: "en" }, notes: [], props: [] }, units: [] })).toThrow(
      /creationtool/,
    );
  });

  it("streams: units are written as they are drawn from the iterable", () => {
    let drawn = 0;
    function* units(): Generator<TmxUnit> {
      for (let i = 0; i < 3; i++) {
        drawn++;
        yield {
          attributes: {},
          notes: [],
          props: [],
          variants: [{ lang: "en", text: `u${i}`, codes: {}, attributes: {}, notes: [], props: [] }],
        };
      }
    }
    const chunks = writeTmxChunks(header, units());
    chunks.next();
    expect(drawn).toBe(0);
    chunks.next();
    expect(drawn).toBe(1);
    expect([...chunks].join("")).toContain("u2");
    expect(drawn).toBe(3);
  });

  it("round-trips any text, notes, props and codes through the reader (property)", () => {
    fc.assert(
      fc.property(
        fc.tuple(variantText, variantText),
        arbitraryLiteral(),
        fc.boolean(),
        fc.boolean(),
        fc.array(arbitraryLiteral(), { maxLength: 2 }),
        ([source, target], native, highlight, isolated, notes) => {
          const unit: TmxUnit = {
            attributes: { tuid: "x" },
            notes,
            props: notes.map((value) => ({ type: "x-note", value })),
            variants: [
              {
                lang: "en",
                text: source,
                codes: codesFor(source, native, highlight, isolated),
                attributes: {},
                notes,
                props: [],
              },
              {
                lang: "fr",
                text: target,
                codes: codesFor(target, native, highlight, isolated),
                attributes: {},
                notes: [],
                props: [],
              },
            ],
          };
          const xml = writeTmx({ header, units: [unit] });
          expect(XMLValidator.validate(xml)).toBe(true);
          expect(readTmx(xml).units).toEqual([unit]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
