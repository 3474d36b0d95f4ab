import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";
import { looksLikeHeading, parsePlainText } from "./parse-plain-text";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seed-post/${name}`, import.meta.url));

// The seed post: title, 14 paragraphs, two call-to-action headings, the correction.
const SEED_KINDS = ["title", ...Array(14).fill("paragraph"), "heading2", "heading2", "paragraph"];

describe("plain text: the seed post", () => {
  it("reads the French machine translation: one title, footer stripped, 18 blocks", () => {
    const doc = parseDocument({ content: seed("fr.machine.txt"), filename: "fr.machine.txt" });
    expect(doc.title).toBe(
      "IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale. Où est Microsoft?",
    );
    expect(doc.blocks.map((block) => block.kind)).toEqual(SEED_KINDS);
    expect(doc.blocks[1].text).toMatch(/^Mise à jour: un jour après/);
    expect(doc.blocks[15].text).toBe("PASSER À L'ACTION");
    expect(doc.blocks[16].text).toBe("DITES AMAZON RING: METTRE FIN AUX PARTENARIATS AVEC LA POLICE");
    expect(doc.blocks.at(-1)?.text).toMatch(/^Correction: Une version précédente/);
    expect(doc.blocks.some((block) => block.text.includes("traduction automatique"))).toBe(false);
    expect(doc.provenance).toEqual({
      isMachineTranslation: true,
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
      sourceDate: "2020-06-11T01:08:42.000Z",
      siteName: "Electronic Frontier Foundation",
      rawFooter:
        "Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft le Thu, 11 Jun 2020 01:08:42 +0000.",
    });
  });

  it("reads the English source the same way, without a footer", () => {
    const doc = parseDocument({ content: seed("en.source.txt").toString("utf8") });
    expect(doc.title).toBe("IBM and Amazon Agree to Step Back from Face Recognition. Where Is Microsoft?");
    expect(doc.blocks.map((block) => block.kind)).toEqual(SEED_KINDS);
    expect(doc.blocks[15].text).toBe("TAKE ACTION");
    expect(doc.provenance).toBeNull();
  });

  it("keeps MT damage as it is (that is what volunteers fix)", () => {
    const doc = parseDocument({ content: seed("fr.machine.txt") });
    const text = doc.blocks.map((block) => block.text).join("\n");
    expect(text).toContain("l' ACLU a organisé des f aces");
    expect(text).toContain("1 300 services de police .");
  });
});

describe("plain text: repeated title", () => {
  const body = "Premier paragraphe de l'article, avec une phrase complète.";
  it.each([
    ["identical", "Le titre\n\nLe titre"],
    ["different whitespace", "Le  titre de   l'article\n\nLe titre de l'article"],
    ["different case", "Le Titre\n\nle titre"],
    ["trailing punctuation", "Où est Microsoft?\n\nOù est Microsoft ?"],
    ["a final period", "Le titre.\n\nLe titre"],
    ["on two consecutive lines", "Le titre\nLe titre"],
    ["with trailing spaces and CRLF", "Le titre  \r\n\r\nLe titre\r\n"],
  ])("recognises one title when the repetition differs by %s", (_case, head) => {
    const doc = parseDocument({ content: `${head}\n\n${body}` });
    expect(doc.blocks.map((block) => block.kind)).toEqual(["title", "paragraph"]);
    expect(doc.title?.replace(/\s+/g, " ").toLowerCase()).toMatch(/^(le titre|où est microsoft\?)/);
  });

  it("removes one repetition only: identical paragraphs further down stay", () => {
    const doc = parseDocument({ content: "Merci\n\nMerci\n\nMerci\n\nTexte." });
    expect(doc.blocks.map((block) => block.text)).toEqual(["Merci", "Merci", "Texte."]);
  });

  it("keeps a second block that only starts like the title", () => {
    const doc = parseDocument({ content: `Le titre\n\nLe titre est long et dit autre chose.\n\n${body}` });
    expect(doc.blocks).toHaveLength(3);
  });
});

describe("plain text: structure", () => {
  it("joins soft-wrapped lines and collapses whitespace, keeping no-break spaces", () => {
    const blocks = parsePlainText("Une ligne\ncoupée   en\tdeux\u00a0: voilà.\n\n\n\nSuite.");
    expect(blocks.map((block) => block.text)).toEqual(["Une ligne coupée en deux\u00a0: voilà.", "Suite."]);
  });

  it("reads list items with their markers removed, including wrapped items", () => {
    const blocks = parsePlainText("Intro text here.\n\n- un\n* deux\n• trois\n1. quatre\n   suite de quatre\n2) cinq");
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["paragraph", "Intro text here."],
      ["list-item", "un"],
      ["list-item", "deux"],
      ["list-item", "trois"],
      ["list-item", "quatre suite de quatre"],
      ["list-item", "cinq"],
    ]);
  });

  it("reads quotes, with a bare '>' separating quoted paragraphs", () => {
    const blocks = parsePlainText("> première ligne\n> suite\n>\n> second paragraphe");
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["quote", "première ligne suite"],
      ["quote", "second paragraphe"],
    ]);
  });

  it("does not treat dialogue dashes or years as list markers", () => {
    const blocks = parsePlainText("— Bonjour, dit-il.\n\n2020. Une année difficile.");
    expect(blocks.map((block) => block.kind)).toEqual(["paragraph", "paragraph"]);
  });

  it("escapes literal braces", () => {
    expect(parsePlainText("Le modèle {1} reste du texte.")[0].text).toBe("Le modèle {{1}} reste du texte.");
  });
});

describe("plain text: heading heuristic", () => {
  it.each([
    "PASSER À L'ACTION",
    "TELL AMAZON RING: END POLICE PARTNERSHIPS",
    "Where Is Microsoft?",
    "The Fight for Encryption Continues",
    "Une interdiction nationale",
    "AGISSEZ !",
  ])("treats %j as a heading", (line) => {
    expect(looksLikeHeading(line)).toBe(true);
  });

  it.each([
    "Activism works.",
    "Correction: An earlier version of this post stated something.",
    "and then it went on without a capital",
    "Why?",
    "https://www.eff.org/deeplinks",
    "This line is definitely too long to be a heading because it goes on and on without stopping",
    "Note:",
  ])("treats %j as text", (line) => {
    expect(looksLikeHeading(line)).toBe(false);
  });

  it("only applies to single-line blocks", () => {
    const blocks = parsePlainText("Intro paragraph here.\n\nTAKE ACTION\nTELL AMAZON");
    expect(blocks[1].kind).toBe("paragraph");
  });
});

describe("plain text: titles", () => {
  it("does not make a long first paragraph the title: a pasted story may start with its text", () => {
    const story =
      "De tout ce que ma mère m'a laissé, le piano était la seule chose dont je ne savais que faire. Je ne joue pas. Je n'ai jamais appris. Elle a pourtant essayé, deux hivers de suite, quand j'étais petite, avec une patience que je n'ai comprise que bien plus tard.";
    const doc = parseDocument({ content: `${story}\n\nLe deuxième paragraphe.` });
    expect(doc.title).toBeNull();
    expect(doc.blocks.map((block) => block.kind)).toEqual(["paragraph", "paragraph"]);
    // a short first line, even of two sentences, is still the title
    expect(parseDocument({ content: `Le titre. Où est Microsoft?\n\n${story}` }).title).toBe(
      "Le titre. Où est Microsoft?",
    );
  });

  it("does not make a leading list item the title", () => {
    const doc = parseDocument({ content: "- un\n- deux" });
    expect(doc.title).toBeNull();
    expect(doc.blocks.map((block) => block.kind)).toEqual(["list-item", "list-item"]);
  });
});
