import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { typographyCheck } from "@/lib/qa/checks/typography";
import { createContext } from "@/lib/qa/testing/word-list-speller";
import { escapePlaceholderText, formatPlaceholder } from "@/lib/text/placeholders";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";
import { typesetInlineTree } from "./typeset-inline-tree";

// One typography table, two readers: the QA check and the export. Exporting a segment QA accepts changes
// nothing, and QA accepts every exported segment, in every language and region with rules.

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const LANGUAGES = ["fr", "fr-CA", "de", "es", "it", "pt", "en"];

/** The segment as the export writes it: its text with the target's typography, tags kept where they were. */
function exportSegment(text: string, lang: string): string {
  return printTree(typesetInlineTree(buildInlineTree(text), {}, lang));
}

function printTree(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapePlaceholderText(node.value);
      if (node.type === "pair")
        return formatPlaceholder("open", node.id) + printTree(node.children) + formatPlaceholder("close", node.id);
      if (node.type === "self") return formatPlaceholder("self", node.id);
      return formatPlaceholder(node.type === "start" ? "open" : "close", node.id);
    })
    .join("");
}

/** What QA says the export could fix: every typography finding with a fix (the ¿ ¡ advice has none). */
function fixableFindings(text: string, lang: string) {
  return typographyCheck.run("", text, createContext(lang)).filter((finding) => finding.fix !== null);
}

const piece = fc.constantFrom(
  "mot",
  "Quoi",
  "12",
  "14:30",
  " ",
  "  ",
  NBSP,
  NNBSP,
  "\t",
  "?",
  "!",
  ";",
  ":",
  "?!",
  "«",
  "»",
  ".",
  ",",
  "…",
  "(",
  ")",
  ";)",
  ":-(",
  "::",
  "'",
  "’",
  "https://eff.org/a?b=1",
  "press@eff.org",
  "`x:y`",
  "{1}",
  "{/1}",
  "{2/}",
  "{{3}}",
);
const segment = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(""));

describe("the export and the QA typography check read one table", () => {
  it.each(LANGUAGES)("exporting a %s segment QA accepts changes nothing", (lang) => {
    fc.assert(
      fc.property(segment, (text) => {
        fc.pre(fixableFindings(text, lang).length === 0);
        expect(exportSegment(text, lang)).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it.each(LANGUAGES)("QA accepts every exported %s segment", (lang) => {
    fc.assert(
      fc.property(segment, (text) => {
        expect(fixableFindings(exportSegment(text, lang), lang)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("follows Quebec usage for fr-CA in both: no space before ; ! ?, a no-break space before :", () => {
    const france = `Pourquoi${NNBSP}? Voici${NBSP}: «${NBSP}oui${NBSP}»`;
    expect(fixableFindings(france, "fr")).toEqual([]);
    const quebec = exportSegment(france, "fr-CA");
    expect(quebec).toBe(`Pourquoi? Voici${NBSP}: «${NBSP}oui${NBSP}»`);
    expect(fixableFindings(quebec, "fr-CA")).toEqual([]);
    expect(fixableFindings(france, "fr-CA").map((finding) => finding.message)).toEqual([
      'In Quebec French, there is no space before "?".',
    ]);
  });
});
