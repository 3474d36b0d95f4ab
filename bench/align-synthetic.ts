// Deterministic synthetic parallel text for the speed bench: a pseudo-English source and a
// pseudo-target that keeps numbers and names, stretches lengths by ~1.15 and randomly merges,
// splits, drops and inserts sentences. Returns the gold beads too.
import type { Bead } from "../lib/align/align-units";
import { createRandom } from "./align-perturb";

const SYLLABLES = ["ka", "lo", "mi", "ter", "sun", "va", "dor", "pe", "rin", "ta", "co", "gel", "ur", "bis", "nom"];
const NAMES = ["Amazon", "Oakland", "Brandt", "Signal", "Flock", "Hochul", "Keel", "Falk", "Lyon", "Texas"];

export type SyntheticPair = { src: string[]; tgt: string[]; gold: Bead[] };

export function generateSyntheticPair(sentences: number, seed: number): SyntheticPair {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const makeWord = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join("");
  const makeSentence = () => {
    const words: string[] = [];
    const length = 4 + Math.floor(random() * 22);
    for (let w = 0; w < length; w++) {
      const roll = random();
      if (roll < 0.04) words.push(String(Math.floor(random() * 3000)));
      else if (roll < 0.1) words.push(pick(NAMES));
      else words.push(makeWord());
    }
    const text = words.join(" ");
    return `${text[0].toUpperCase()}${text.slice(1)}${random() < 0.1 ? "?" : "."}`;
  };
  // "Translate": same anchors, each word's stem kept half of the time, ~15% longer.
  const translate = (sentence: string) =>
    sentence
      .split(" ")
      .map((word) => (/\d|^[A-Z]/.test(word) || random() < 0.5 ? word : `${makeWord()}e`))
      .join(" ");

  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  const push = (srcTexts: string[], tgtTexts: string[]) => {
    gold.push({
      src: srcTexts.map((text) => src.push(text) - 1),
      tgt: tgtTexts.map((text) => tgt.push(text) - 1),
      confidence: 1,
    });
  };
  while (src.length < sentences) {
    const roll = random();
    const a = makeSentence();
    if (roll < 0.9) push([a], [translate(a)]);
    else if (roll < 0.93) {
      const b = makeSentence();
      push([a, b], [`${translate(a)} ${translate(b)}`]);
    } else if (roll < 0.96) {
      const words = translate(a).split(" ");
      const cut = Math.max(1, Math.floor(words.length / 2));
      push([a], [`${words.slice(0, cut).join(" ")}.`, words.slice(cut).join(" ")]);
    } else if (roll < 0.98) push([a], []);
    else push([], [translate(a)]);
  }
  return { src, tgt, gold };
}
