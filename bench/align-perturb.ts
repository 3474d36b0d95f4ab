// Deterministic variants of the gold pairs with extra, known edits (drops, insertions,
// merges, splits, shifted boundaries), so parameters can be tuned and checked on many more
// beads than were hand-aligned, from real sentences rather than invented ones.
import type { Bead } from "../lib/align/align-units";
import type { GoldPair } from "./align-gold/read-gold";

type TextBead = { src: string[]; tgt: string[] };

const EDITS = [
  "dropTarget",
  "dropSource",
  "insertForeign",
  "mergeTarget",
  "mergeSource",
  "splitTarget",
  "shiftBoundary",
] as const;
// Relative frequency of each edit: merges and splits are more common than lost or added text.
const EDIT_WEIGHTS = [1, 1, 1.5, 2, 1, 2, 1.5];

function pickEdit(random: () => number): (typeof EDITS)[number] {
  const total = EDIT_WEIGHTS.reduce((sum, w) => sum + w, 0);
  let roll = random() * total;
  for (let k = 0; k < EDITS.length; k++) {
    roll -= EDIT_WEIGHTS[k];
    if (roll < 0) return EDITS[k];
  }
  return EDITS[EDITS.length - 1];
}

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePerturbedSet(pairs: GoldPair[], variantsPerPair: number, seed: number): GoldPair[] {
  const random = createRandom(seed);
  const out: GoldPair[] = [];
  for (const pair of pairs) {
    const foreign = pairs
      .filter((other) => other.id !== pair.id && other.tgtLang === pair.tgtLang)
      .flatMap((other) => other.tgt);
    for (let v = 0; v < variantsPerPair; v++) {
      let beads = toTextBeads(pair);
      const edits = 3 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const edit = pickEdit(random);
        beads = applyEdit(beads, edit, random, foreign);
      }
      out.push(fromTextBeads(`${pair.id}~${v}`, pair, beads));
    }
  }
  return out;
}

function toTextBeads(pair: GoldPair): TextBead[] {
  return pair.gold.map((bead) => ({ src: bead.src.map((i) => pair.src[i]), tgt: bead.tgt.map((j) => pair.tgt[j]) }));
}

function fromTextBeads(id: string, base: GoldPair, beads: TextBead[]): GoldPair {
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = beads.map((bead) => ({
    src: bead.src.map((text) => src.push(text) - 1),
    tgt: bead.tgt.map((text) => tgt.push(text) - 1),
    confidence: 1,
  }));
  return { ...base, id, src, tgt, gold };
}

function pickIndex(beads: TextBead[], random: () => number, accept: (k: number) => boolean): number {
  const candidates = beads.map((_, k) => k).filter(accept);
  return candidates.length === 0 ? -1 : candidates[Math.floor(random() * candidates.length)];
}

const isOneToOne = (bead: TextBead | undefined) => bead !== undefined && bead.src.length === 1 && bead.tgt.length === 1;

function applyEdit(
  beads: TextBead[],
  edit: (typeof EDITS)[number],
  random: () => number,
  foreign: string[],
): TextBead[] {
  const next = beads.map((bead) => ({ src: [...bead.src], tgt: [...bead.tgt] }));
  switch (edit) {
    case "dropTarget":
    case "dropSource": {
      const k = pickIndex(next, random, (i) => isOneToOne(next[i]));
      if (k < 0) return next;
      if (edit === "dropTarget") next[k].tgt = [];
      else next[k].src = [];
      return next;
    }
    case "insertForeign": {
      if (foreign.length === 0) return next;
      const k = Math.floor(random() * (next.length + 1));
      next.splice(k, 0, { src: [], tgt: [foreign[Math.floor(random() * foreign.length)]] });
      return next;
    }
    case "mergeTarget":
    case "mergeSource": {
      const k = pickIndex(next, random, (i) => isOneToOne(next[i]) && isOneToOne(next[i + 1]));
      if (k < 0) return next;
      const [a, b] = [next[k], next[k + 1]];
      const merged =
        edit === "mergeTarget"
          ? { src: [...a.src, ...b.src], tgt: [`${a.tgt[0]} ${b.tgt[0]}`] }
          : { src: [`${a.src[0]} ${b.src[0]}`], tgt: [...a.tgt, ...b.tgt] };
      next.splice(k, 2, merged);
      return next;
    }
    case "splitTarget": {
      const k = pickIndex(next, random, (i) => isOneToOne(next[i]) && findCommaCut(next[i].tgt[0]) > 0);
      if (k < 0) return next;
      const text = next[k].tgt[0];
      const cut = findCommaCut(text);
      next[k].tgt = [text.slice(0, cut + 1), text.slice(cut + 1).trim()];
      return next;
    }
    case "shiftBoundary": {
      // the last clause of one target sentence moves to the next one: a 2-2 bead
      const k = pickIndex(
        next,
        random,
        (i) => isOneToOne(next[i]) && isOneToOne(next[i + 1]) && findCommaCut(next[i].tgt[0]) > 0,
      );
      if (k < 0) return next;
      const first = next[k].tgt[0];
      const cut = findCommaCut(first);
      const moved = first.slice(cut + 1).trim();
      next.splice(k, 2, {
        src: [...next[k].src, ...next[k + 1].src],
        tgt: [`${first.slice(0, cut)}.`, `${moved} ${next[k + 1].tgt[0]}`],
      });
      return next;
    }
  }
}

// A clause-ending comma (followed by a space) in the middle third of the sentence, or -1.
function findCommaCut(text: string): number {
  const third = text.length / 3;
  for (let k = Math.floor(third); k < 2 * third; k++) if (text[k] === "," && text[k + 1] === " ") return k;
  return -1;
}
