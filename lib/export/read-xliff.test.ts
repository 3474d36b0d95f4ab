import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { arbitraryBalancedText, arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import { buildSamplePost, makeBlock, makePost } from "./__fixtures__/sample-post";
import type { ExportBlock, ExportPost, ExportSegment } from "./export-types";
import { readXliff } from "./read-xliff";
import { renderXliff2 } from "./render-xliff2";
import { renderXliff12 } from "./render-xliff12";

const STATES: ExportSegment["state"][] = ["MT", "EDITED", "CONFIRMED", "APPROVED", "RETURNED"];
const TAGS: ExportBlock["tags"] = {
  "1": { name: "a", attrs: { href: "https://www.eff.org/?a=1&b=<2>" } },
  "2": { name: "em", attrs: {} },
  "3": { name: "img", attrs: { src: "https://eff.org/i.png", alt: '"quoted"' }, selfClosing: true },
};

/** Random posts: several blocks of segments with random texts, versions and states. */
function arbitraryPost(text: fc.Arbitrary<string>): fc.Arbitrary<ExportPost> {
  const segment = fc.record({
    sourceText: text,
    targetText: text,
    state: fc.constantFrom(...STATES),
    version: fc.integer({ min: 1, max: 10_000 }),
    notes: fc.array(fc.string(), { maxLength: 2 }),
  });
  return fc.array(fc.array(segment, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((blocks) => {
    let id = 1;
    return makePost(
      blocks.map((segments) =>
        makeBlock(
          "paragraph",
          segments.map((fields) => ({ id: id++, mtText: fields.sourceText, ...fields })),
          TAGS,
        ),
      ),
    );
  });
}

function expectedUnits(post: ExportPost) {
  return post.blocks.flatMap((block) =>
    block.segments.map((segment) => ({
      segmentId: segment.id,
      baseVersion: segment.version,
      target: segment.targetText,
    })),
  );
}

function withoutState<T extends { state: string | null }>(units: T[]): Omit<T, "state">[] {
  return units.map(({ state: _state, ...rest }) => rest);
}

function readError(xml: string): AppError {
  try {
    readXliff(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    return error as AppError;
  }
  throw new Error("readXliff did not throw");
}

describe("readXliff round trip", () => {
  it("reads back what renderXliff2 wrote: post ref, ids, versions, states, targets", () => {
    const post = buildSamplePost();
    const result = readXliff(renderXliff2(post));
    expect(result.version).toBe("2.0");
    expect(result.postRef).toBe("post-7");
    expect(withoutState(result.units)).toEqual(expectedUnits(post));
    expect(result.units.map((unit) => unit.state)).toEqual([
      "final",
      "translated",
      "final",
      "translated",
      "initial",
      "final",
      "final",
      "translated",
    ]);
  });

  it("reads back what renderXliff12 wrote", () => {
    const post = buildSamplePost();
    const result = readXliff(renderXliff12(post));
    expect(result.version).toBe("1.2");
    expect(result.postRef).toBe("post-7");
    expect(withoutState(result.units)).toEqual(expectedUnits(post));
    expect(result.units[3].state).toBe("needs-review-translation");
  });

  it("keeps entity look-alikes literal (xmlbuilder2 would leave their '&' unescaped)", () => {
    const text = "Tom &amp; Jerry &x; &#65; &#x41; & {1}&lt;{/1}";
    const post = makePost([
      makeBlock(
        "paragraph",
        [{ id: 1, sourceText: text, targetText: text, mtText: "", state: "MT", version: 1, notes: [] }],
        TAGS,
      ),
    ]);
    expect(readXliff(renderXliff2(post)).units[0].target).toBe(text);
    expect(readXliff(renderXliff12(post)).units[0].target).toBe(text);
    expect(renderXliff2(post)).toContain("Tom &amp;amp; Jerry &amp;x; &amp;#65; &amp;#x41; &amp; ");
  });

  it("XLIFF 2.0: every target comes back exactly, special and XML-forbidden characters included (property)", () => {
    fc.assert(
      fc.property(arbitraryPost(arbitraryBalancedText({ xmlUnsafe: true })), (post) => {
        expect(withoutState(readXliff(renderXliff2(post)).units)).toEqual(expectedUnits(post));
      }),
      { numRuns: 200 },
    );
  });

  it("XLIFF 2.0: even unbalanced, crossing and repeated placeholders come back exactly (property)", () => {
    fc.assert(
      fc.property(arbitraryPost(arbitraryTokenText({ xmlUnsafe: true })), (post) => {
        expect(withoutState(readXliff(renderXliff2(post)).units)).toEqual(expectedUnits(post));
      }),
      { numRuns: 200 },
    );
  });

  it("XLIFF 1.2: every target comes back exactly (property)", () => {
    fc.assert(
      fc.property(arbitraryPost(arbitraryBalancedText()), (post) => {
        expect(withoutState(readXliff(renderXliff12(post)).units)).toEqual(expectedUnits(post));
      }),
      { numRuns: 200 },
    );
  });

  it("XLIFF 1.2: unbalanced, crossing and repeated placeholders too (property)", () => {
    fc.assert(
      fc.property(arbitraryPost(arbitraryTokenText()), (post) => {
        expect(withoutState(readXliff(renderXliff12(post)).units)).toEqual(expectedUnits(post));
      }),
      { numRuns: 200 },
    );
  });
});

describe("readXliff on files edited by other tools", () => {
  it("reads prefixed elements, CDATA, character references, annotations and comments (2.0)", () => {
    const xml = `<?xml version="1.0"?>
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:m="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="fr">
 <x:file id="post-9">
  <x:unit id="s12">
   <m:metadata><m:metaGroup><m:meta type="version">5</m:meta></m:metaGroup></m:metadata>
   <x:segment state="reviewed">
    <x:source>Hello</x:source>
    <x:target>Caf&#xE9; <![CDATA[<b>{x}</b>]]> &#x1F600;&#xD;<x:mrk id="m1" type="comment" value="ok"><x:pc id="1">lien</x:pc></x:mrk><!-- note --> <x:ph id="3"/></x:target>
   </x:segment>
  </x:unit>
 </x:file>
</x:xliff>`;
    expect(readXliff(xml)).toEqual({
      version: "2.0",
      postRef: "post-9",
      units: [{ segmentId: 12, baseVersion: 5, target: "Café <b>{{x}}</b> 😀\r{1}lien{/1} {3/}", state: "reviewed" }],
    });
  });

  it("joins a unit a tool split into several segments, and skips units without a target", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="s1"><segment state="translated"><source>A.</source><target>Un.</target></segment><ignorable><source> </source></ignorable><segment><source>B.</source><target>Deux.</target></segment></unit>
<unit id="s2"><segment><source>C.</source></segment></unit>
</file></xliff>`;
    expect(readXliff(xml).units).toEqual([
      { segmentId: 1, baseVersion: null, target: "Un. Deux.", state: "translated" },
    ]);
  });

  it("reads 1.2 files with another prefix for our namespace, native codes and mrk segments", () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:ret="urn:retouche:xliff">
<file original="post.html" source-language="en" target-language="fr" datatype="html" ret:post="post-3"><body>
<trans-unit id="s4" ret:version="8"><source>x</source>
<target state="translated"><mrk mtype="seg" mid="0"><bpt id="1">&lt;a href="x"&gt;</bpt>lien<ept id="1">&lt;/a&gt;</ept> <ph id="2">&lt;br&gt;</ph><it id="5" pos="open">&lt;b&gt;</it>gras</mrk></target></trans-unit>
</body></file></xliff>`;
    expect(readXliff(xml)).toEqual({
      version: "1.2",
      postRef: "post-3",
      units: [{ segmentId: 4, baseVersion: 8, target: "{1}lien{/1} {2/}{5}gras", state: "translated" }],
    });
  });

  it("falls back to the file's original when a 1.2 file has no post reference", () => {
    const xml = `<xliff version="1.2"><file original="slug-x" source-language="en" datatype="html"><body><trans-unit id="s1"><source>a</source><target>b</target></trans-unit></body></file></xliff>`;
    expect(readXliff(xml)).toEqual({
      version: "1.2",
      postRef: "slug-x",
      units: [{ segmentId: 1, baseVersion: null, target: "b", state: null }],
    });
  });

  it("accepts a byte order mark", () => {
    expect(readXliff(`\uFEFF${renderXliff2(buildSamplePost())}`).units).toHaveLength(8);
  });
});

describe("readXliff refuses bad input with a clear message", () => {
  const file2 = (body: string) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">${body}</file></xliff>`;

  it.each([
    ["", /This file is empty/],
    ["   \n", /This file is empty/],
    ["just some text", /not an XLIFF file: the XML is malformed/],
    ["<xliff version='2.0'><file>", /malformed/],
    ["<html><body>hi</body></html>", /not an XLIFF file: its root element is <html>/],
    ['{"not": "xml"}', /not an XLIFF file/],
    ["<xliff\u0000>", /binary data/],
    ['<xliff version="2.1" srcLang="en"><file id="f"/></xliff>', /version "2.1"; Retouche reads XLIFF 2.0 and 1.2/],
    ["<xliff/>", /version "\(none\)"|no <file>/],
    ['<xliff version="2.0" srcLang="en"></xliff>', /no <file> element/],
    [file2(""), /has no units/],
    [file2('<unit id="s1"><segment><source>a</source></segment></unit>'), /has no units with a target/],
    [
      file2('<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>'),
      /Unit "u1" was not exported by Retouche/,
    ],
    [
      file2(
        '<unit id="s1"><segment><source>a</source><target>b</target></segment></unit><unit id="s1"><segment><source>a</source><target>c</target></segment></unit>',
      ),
      /Segment s1 appears twice/,
    ],
    [
      file2('<unit id="s1"><segment><source>a</source><target><pc id="link">b</pc></target></segment></unit>'),
      /inline <pc> code with id "link"/,
    ],
    [
      file2('<unit id="s1"><segment><source>a</source><target><cp hex="zz"/></target></segment></unit>'),
      /invalid hex value "zz"/,
    ],
    ['<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="2.0"/>', /DOCTYPE declaration are not accepted/],
  ])("%j", (xml, message) => {
    expect(readError(xml).message).toMatch(message);
  });
});
