import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment-sentences";

// The seed post (fixtures/seed-post): an English source and its real, damaged French machine translation.
const readSeed = (name: string) => readFileSync(new URL(`../../fixtures/seed-post/${name}`, import.meta.url), "utf8");
const toParagraphs = (text: string) => text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");

const en = readSeed("en.source.txt");
const fr = readSeed("fr.machine.txt");

describe("segmentSentences — seed post", () => {
  it("gives the expected number of sentences per English paragraph", () => {
    const counts = toParagraphs(en).map((paragraph) => segmentSentences(paragraph, "en").length);
    expect(counts).toEqual([2, 2, 3, 3, 1, 2, 3, 5, 4, 2, 5, 3, 2, 4, 1, 1, 1, 1]);
    expect(segmentSentences(en, "en")).toHaveLength(45);
  });

  it("gives the expected number of sentences per French paragraph", () => {
    const counts = toParagraphs(fr).map((paragraph) => segmentSentences(paragraph, "fr").length);
    expect(counts).toEqual([2, 2, 2, 3, 3, 1, 2, 3, 5, 4, 2, 5, 3, 2, 4, 1, 1, 1, 1, 1]);
    expect(segmentSentences(fr, "fr")).toHaveLength(48);
  });

  it("splits the English title and keeps U.S. Congress together", () => {
    const sentences = segmentSentences(en, "en");
    expect(sentences.slice(0, 2)).toEqual([
      "IBM and Amazon Agree to Step Back from Face Recognition.",
      "Where Is Microsoft?",
    ]);
    expect(sentences).toContain(
      "In 2018, the ACLU ran the faces of sitting members of the U.S. Congress through the program.",
    );
    expect(sentences).toContain("TAKE ACTION");
    expect(sentences).toContain(
      'We hope this one-year moratorium might give Congress enough time to implement appropriate rules, and we stand ready to help if requested."',
    );
  });

  it("keeps the French quotation, the spaced period and the footer URL in the right sentences", () => {
    const sentences = segmentSentences(fr, "fr");
    expect(sentences).toContain(
      'Bien qu\'Amazon ait fait une pause pour proposer Rekognition à la police, Ring, détenu par Amazon, la société de "sonnettes intelligentes" et de caméras, est toujours partenaire de plus de 1 300 services de police .',
    );
    const quote = sentences.findIndex((sentence) =>
      sentence.startsWith("«Nous avons préconisé,» a indiqué la société"),
    );
    expect(sentences[quote]).toMatch(/le Congrès semble prêt à relever ce défi\.$/);
    expect(sentences[quote + 1]).toMatch(/^Nous espérons .* si nécessaire\. »$/);
    expect(sentences.at(-1)).toMatch(/^Cet article est une traduction automatique .* \+0000\.$/);
    expect(sentences.at(-1)).toContain(
      "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
    );
  });

  it("treats the title lines and the call to action as sentences of their own", () => {
    const sentences = segmentSentences(fr, "fr");
    expect(sentences.filter((sentence) => sentence === "Où est Microsoft?")).toHaveLength(2);
    expect(sentences).toContain("PASSER À L'ACTION");
    expect(sentences).toContain("DITES AMAZON RING: METTRE FIN AUX PARTENARIATS AVEC LA POLICE");
    expect(sentences).toContain(
      "La prochaine étape logique est claire: Microsoft devrait terminer le programme une fois pour toutes.",
    );
  });
});
