import { describe, expect, it } from "vitest";
import { alignUnits, type Bead } from "./align-units";

// A short news text and its French translation, sentence by sentence.
const EN = [
  "EFF sued the city of Oakland on March 3, 2023.",
  "The lawsuit challenges a contract for 291 license plate readers.",
  "Each camera photographs every passing car, day and night, and keeps the pictures for 30 days.",
  "Why does a city of 430,000 people need so many cameras?",
  "The council never answered that question in public.",
  "Residents can read the complaint at https://www.eff.org/oakland-alpr.",
  "We will keep you informed.",
];
const FR = [
  "L'EFF a poursuivi la ville d'Oakland le 3 mars 2023.",
  "La plainte conteste un contrat portant sur 291 lecteurs de plaques d'immatriculation.",
  "Chaque caméra photographie chaque voiture qui passe, de jour comme de nuit, et conserve les images pendant 30 jours.",
  "Pourquoi une ville de 430 000 habitants a-t-elle besoin d'autant de caméras ?",
  "Le conseil n'a jamais répondu publiquement à cette question.",
  "Les habitants peuvent lire la plainte sur https://www.eff.org/oakland-alpr.",
  "Nous vous tiendrons informés.",
];

type Spec = Array<[string[], string[]]>;

// Builds src/tgt from a bead spec and returns them with the expected beads.
function build(spec: Spec): { src: string[]; tgt: string[]; expected: Array<Omit<Bead, "confidence">> } {
  const src: string[] = [];
  const tgt: string[] = [];
  const expected = spec.map(([s, t]) => ({
    src: s.map((text) => src.push(text) - 1),
    tgt: t.map((text) => tgt.push(text) - 1),
  }));
  return { src, tgt, expected };
}

function shapesOf(beads: Bead[]) {
  return beads.map(({ src, tgt }) => ({ src, tgt }));
}

const oneToOne = (k: number): [string[], string[]] => [[EN[k]], [FR[k]]];

describe("alignUnits recovers each bead type", () => {
  it("1-1", () => {
    const { src, tgt, expected } = build(EN.map((_, k) => oneToOne(k)));
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("2-1 (the translation merges two sentences)", () => {
    const { src, tgt, expected } = build([
      oneToOne(0),
      [[EN[1], EN[2]], [`${FR[1].slice(0, -1)} ; ${FR[2][0].toLowerCase()}${FR[2].slice(1)}`]],
      oneToOne(3),
      oneToOne(4),
      oneToOne(5),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("1-2 (the translation splits a sentence)", () => {
    const { src, tgt, expected } = build([
      oneToOne(0),
      oneToOne(1),
      [
        [EN[2]],
        [
          "Chaque caméra photographie chaque voiture qui passe, de jour comme de nuit.",
          "Elle conserve les images pendant 30 jours.",
        ],
      ],
      oneToOne(3),
      oneToOne(4),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("2-2 (sentence boundaries moved)", () => {
    const { src, tgt, expected } = build([
      oneToOne(0),
      [
        [EN[2], EN[3]],
        [
          "Chaque caméra photographie chaque voiture qui passe.",
          "De jour comme de nuit, elle conserve les images pendant 30 jours : pourquoi une ville de 430 000 habitants a-t-elle besoin d'autant de caméras ?",
        ],
      ],
      oneToOne(4),
      oneToOne(5),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("1-0 (a sentence left untranslated)", () => {
    const { src, tgt, expected } = build([
      oneToOne(0),
      oneToOne(1),
      oneToOne(2),
      [[EN[3]], []],
      oneToOne(4),
      oneToOne(5),
      oneToOne(6),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("0-1 (a footer added by the MT)", () => {
    const footer =
      "Cet article est une traduction automatique d'un post publié sur le site de l'Electronic Frontier Foundation à l'URL https://www.eff.org/deeplinks/2023/03/alpr le Fri, 03 Mar 2023 12:00:00 +0000.";
    const { src, tgt, expected } = build([...EN.map((_, k) => oneToOne(k)), [[], [footer]]]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("0-1 for a title printed twice: the first copy is paired, the repeat is extra", () => {
    const { src, tgt, expected } = build([
      [["Oakland Should Reject License Plate Readers"], ["Oakland doit refuser les lecteurs de plaques"]],
      [[], ["Oakland doit refuser les lecteurs de plaques"]],
      oneToOne(0),
      oneToOne(1),
      oneToOne(2),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });

  it("1-3 and 3-1", () => {
    const { src, tgt, expected } = build([
      oneToOne(0),
      [
        [
          "The contract covers 291 cameras, it runs for five years, and it costs the city $2.3 million, paid from the police budget.",
        ],
        [
          "Le contrat porte sur 291 caméras.",
          "Il court sur cinq ans.",
          "Il coûte à la ville 2,3 millions de dollars, payés sur le budget de la police.",
        ],
      ],
      oneToOne(2),
      [
        ["The council met.", "It voted.", "The vote was 5 to 3."],
        ["Le conseil s'est réuni et a voté, par 5 voix contre 3."],
      ],
      oneToOne(5),
    ]);
    expect(shapesOf(alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }))).toEqual(expected);
  });
});

describe("alignUnits invariants", () => {
  it("covers every index of both sides exactly once, in order, with confidences in 0..1", () => {
    const src = [...EN, ...EN.slice(0, 3)];
    const tgt = [FR[0], FR[2], FR[3], FR[3], FR[5], FR[6], "Une phrase ajoutée.", FR[1]];
    const beads = alignUnits(src, tgt);
    expect(beads.flatMap((b) => b.src)).toEqual(src.map((_, i) => i));
    expect(beads.flatMap((b) => b.tgt)).toEqual(tgt.map((_, j) => j));
    for (const bead of beads) {
      expect(bead.src.length + bead.tgt.length).toBeGreaterThan(0);
      expect(bead.confidence).toBeGreaterThanOrEqual(0);
      expect(bead.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("handles empty sides", () => {
    expect(alignUnits([], [])).toEqual([]);
    expect(shapesOf(alignUnits(["a", "b"], []))).toEqual([
      { src: [0], tgt: [] },
      { src: [1], tgt: [] },
    ]);
    expect(shapesOf(alignUnits([], ["x"]))).toEqual([{ src: [], tgt: [0] }]);
  });

  it("respects maxBeadSize (1 allows only 1-1, 1-0 and 0-1)", () => {
    const src = [EN[0], EN[1], EN[2]];
    const tgt = [FR[0], `${FR[1]} ${FR[2]}`];
    for (const bead of alignUnits(src, tgt, { maxBeadSize: 1 })) {
      expect(bead.src.length).toBeLessThanOrEqual(1);
      expect(bead.tgt.length).toBeLessThanOrEqual(1);
    }
    const merged = alignUnits(src, tgt, { maxBeadSize: 2 });
    expect(shapesOf(merged)).toContainEqual({ src: [1, 2], tgt: [1] });
  });

  it("is deterministic", () => {
    expect(alignUnits(EN, FR)).toEqual(alignUnits(EN, FR));
  });

  it("gives lower confidence to an ambiguous bead than to a clear one", () => {
    const beads = alignUnits(EN, FR, { srcLang: "en", tgtLang: "fr" });
    expect(Math.min(...beads.map((b) => b.confidence))).toBeGreaterThan(0.5);
  });
});
