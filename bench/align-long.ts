// Long parallel documents (thousands of sentences) that look like books and long reports, with gold beads:
// chapters of a synthetic "novel" in a made-up language pair (a word-for-word dictionary with reordering,
// dropped and added function words, no shared cognates but names and numbers) and chapters rebuilt from the
// hand-aligned gold pairs, then book-scale edits: omitted and added passages of 50-300 sentences on one side,
// chapter titles and refrains repeated all through, very long sentences, a lowercased and tokenised English
// side, and a target side enciphered into a language the core lexicon does not know (as Romanian, Hungarian,
// Dutch or Polish are to it). Used by bench/align-accuracy.ts (tuning and held-out sets apart) and
// bench/align-long-speed.ts. The hand-made long gold of bench/align-long-gold/ is loaded here too.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bead } from "../lib/align/align-units";
import { type GoldPair, listGoldPairIds, parseBeadFile } from "./align-gold/read-gold";
import { createRandom, generatePerturbedSet } from "./align-perturb";

type TextBead = { src: string[]; tgt: string[] };
type Random = () => number;

export type LongDocumentSpec = {
  id: string;
  seed: number;
  // source sentences wanted (about)
  sentences: number;
  // share of chapters rebuilt from gold pairs (the rest is synthetic prose)
  goldShare: number;
  lowercaseSource: boolean;
  encipherTarget: boolean;
  // how many passages of 50-300 sentences are dropped from / added to one side
  omissions: number;
  additions: number;
};

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ter",
  "sun",
  "va",
  "dor",
  "pe",
  "rin",
  "ta",
  "co",
  "gel",
  "ur",
  "bis",
  "nom",
  "el",
];
const TARGET_SYLLABLES = ["zu", "ak", "ho", "ny", "sze", "gy", "ei", "ij", "rz", "ow", "ba", "fi", "ro", "tu", "vy"];
const NAMES = ["Anna", "Mihai", "Eszter", "Pieter", "Zofia", "Corvin", "Brandt", "Oakland", "Vasile", "Ilona"];
const CHAPTER_WORDS = { src: "Chapter", tgt: "Hoofdstuk" };

// One synthetic "language pair": a source vocabulary with Zipf-like frequencies and a dictionary to a target
// vocabulary of unrelated forms (so only names, numbers and punctuation are shared, as with Hungarian).
function createLexicon(random: Random) {
  const makeWord = (syllables: string[], min: number) =>
    Array.from(
      { length: min + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join("");
  const size = 3000;
  const src = Array.from({ length: size }, (_, k) => makeWord(SYLLABLES, k < 60 ? 1 : 2));
  const tgt = Array.from({ length: size }, (_, k) => makeWord(TARGET_SYLLABLES, k < 60 ? 1 : 2));
  // Zipf: rank r has weight 1 / (r + 2)
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < size; r++) {
    total += 1 / (r + 2);
    cumulative.push(total);
  }
  const pickRank = () => {
    const roll = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < roll) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { src, tgt, pickRank };
}

function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0].toUpperCase()}${text.slice(1)}`;
}

// A synthetic chapter: sentences of lognormal length (some of 60-120 words), dialogue lines, names that recur
// all through the book, rare numbers; translated word by word with local reordering and noise, and 2-1, 1-2,
// 2-2, 1-0, 0-1 beads at the rates of a free literary translation.
function generateSyntheticChapter(random: Random, lexicon: ReturnType<typeof createLexicon>, length: number) {
  const beads: TextBead[] = [];
  const sentencePair = (): [string, string] => {
    const roll = random();
    const words =
      roll < 0.03 ? 60 + Math.floor(random() * 60) : Math.max(2, Math.round(Math.exp(2.5 + random() * 1.1)));
    const src: string[] = [];
    const tgt: string[] = [];
    for (let w = 0; w < words; w++) {
      const r = random();
      if (r < 0.015) {
        const number = String(1 + Math.floor(random() * 2000));
        src.push(number);
        tgt.push(number);
      } else if (r < 0.06) {
        const name = NAMES[Math.floor(random() * NAMES.length)];
        src.push(name);
        tgt.push(name);
      } else {
        const rank = lexicon.pickRank();
        src.push(lexicon.src[rank]);
        // translations drop some function words and add others
        if (rank < 60 && random() < 0.25) continue;
        tgt.push(lexicon.tgt[rank]);
        if (random() < 0.08) tgt.push(lexicon.tgt[lexicon.pickRank()]);
      }
    }
    // local reordering: swap neighbours now and then
    for (let k = 0; k + 1 < tgt.length; k++) {
      if (random() < 0.2) [tgt[k], tgt[k + 1]] = [tgt[k + 1], tgt[k]];
    }
    const end = random() < 0.1 ? "?" : random() < 0.05 ? "!" : ".";
    const dialogue = random() < 0.15;
    const wrap = (text: string, quote: [string, string]) => (dialogue ? `${quote[0]}${text}${quote[1]}` : text);
    return [
      wrap(`${capitalize(src.join(" "))}${end}`, ["“", "”"]),
      wrap(`${capitalize(tgt.join(" "))}${end}`, ["„", "”"]),
    ];
  };
  while (beads.reduce((sum, bead) => sum + bead.src.length, 0) < length) {
    const roll = random();
    if (roll < 0.86) {
      const [s, t] = sentencePair();
      beads.push({ src: [s], tgt: [t] });
    } else if (roll < 0.91) {
      const [s1, t1] = sentencePair();
      const [s2, t2] = sentencePair();
      beads.push({ src: [s1, s2], tgt: [`${t1.slice(0, -1)}, ${t2[0].toLowerCase()}${t2.slice(1)}`] });
    } else if (roll < 0.96) {
      const [s, t] = sentencePair();
      const words = t.split(" ");
      const cut = Math.max(1, Math.floor(words.length / 2));
      beads.push({ src: [s], tgt: [`${words.slice(0, cut).join(" ")}.`, capitalize(words.slice(cut).join(" "))] });
    } else if (roll < 0.98) {
      const [s1, t1] = sentencePair();
      const [s2, t2] = sentencePair();
      const a = t1.split(" ");
      const cut = Math.max(1, Math.floor((a.length * 2) / 3));
      beads.push({ src: [s1, s2], tgt: [`${a.slice(0, cut).join(" ")}.`, `${a.slice(cut).join(" ")} ${t2}`] });
    } else if (roll < 0.99) beads.push({ src: [sentencePair()[0]], tgt: [] });
    else beads.push({ src: [], tgt: [sentencePair()[1]] });
  }
  return beads;
}

// Lower-case and split punctuation off words, as tokenised corpora are ("it's," -> "it 's ,").
export function lowercaseAndTokenize(text: string): string {
  return text
    .toLowerCase()
    .replace(/([^\p{L}\p{N}\s'’-])/gu, " $1 ")
    .replace(/(\d) ([.,]) (?=\d)/g, "$1$2")
    .replace(/(\p{L})(['’]\p{L})/gu, "$1 $2")
    .replace(/\s+/g, " ")
    .trim();
}

// A fixed letter substitution (vowels to vowels, consonants to consonants) turns French, Spanish or German
// into a language neither the lexicon nor the language guesser knows; digits, punctuation and most names stay.
const VOWELS = "aeiouy";
const CONSONANTS = "bcdfghjklmnpqrstvwxz";
function buildCipher(random: Random): Map<string, string> {
  const shuffle = (letters: string) => {
    const out = letters.split("");
    for (let k = out.length - 1; k > 0; k--) {
      const r = Math.floor(random() * (k + 1));
      [out[k], out[r]] = [out[r], out[k]];
    }
    return out;
  };
  const cipher = new Map<string, string>();
  for (const letters of [VOWELS, CONSONANTS]) {
    const shuffled = shuffle(letters);
    letters.split("").forEach((letter, k) => {
      cipher.set(letter, shuffled[k]);
      cipher.set(letter.toUpperCase(), shuffled[k].toUpperCase());
    });
  }
  return cipher;
}

function encipher(text: string, cipher: Map<string, string>): string {
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    // names (capitalised, not sentence-initial) are kept: translations keep them
    const isName = offset > 0 && /^\p{Lu}/u.test(word) && !/[.!?:«»“”"„—–-]\s*$/u.test(text.slice(0, offset));
    if (isName) return word;
    const plain = word.normalize("NFD").replace(/\p{M}/gu, "");
    return plain.replace(/./g, (c) => cipher.get(c) ?? c);
  });
}

export function generateLongDocument(spec: LongDocumentSpec, goldPool: GoldPair[]): GoldPair {
  const random = createRandom(spec.seed);
  const lexicon = createLexicon(random);
  const cipher = buildCipher(random);
  const refrains = Array.from({ length: 3 }, () => generateSyntheticChapter(random, lexicon, 1)[0]).filter(
    (bead) => bead.src.length === 1 && bead.tgt.length === 1,
  );
  const beads: TextBead[] = [];
  let chapter = 0;
  const usedTexts = new Set<string>();
  const sourceCount = () => beads.reduce((sum, bead) => sum + bead.src.length, 0);
  while (sourceCount() < spec.sentences) {
    chapter++;
    // chapter titles repeat all through the book, a separator line too
    beads.push({ src: [`${CHAPTER_WORDS.src} ${chapter}`], tgt: [`${CHAPTER_WORDS.tgt} ${chapter}`] });
    // each gold text at most once per document (one of its perturbed copies): a whole chapter printed twice
    // next to an omission would make the gold itself undecidable
    const unused = goldPool.filter((pair) => !usedTexts.has(pair.id.split("~")[0]));
    if (unused.length > 0 && random() < spec.goldShare) {
      const pair = unused[Math.floor(random() * unused.length)];
      usedTexts.add(pair.id.split("~")[0]);
      for (const bead of pair.gold)
        beads.push({ src: bead.src.map((i) => pair.src[i]), tgt: bead.tgt.map((j) => pair.tgt[j]) });
    } else {
      beads.push(...generateSyntheticChapter(random, lexicon, 80 + Math.floor(random() * 220)));
    }
    // a refrain (a slogan, a line of a song) closes some chapters, identical each time
    if (random() < 0.5) beads.push({ ...refrains[Math.floor(random() * refrains.length)] });
    if (random() < 0.3) beads.push({ src: ["* * *"], tgt: ["* * *"] });
  }
  mergeIntoVeryLongSentences(beads, random);
  for (let k = 0; k < spec.omissions; k++) omitPassage(beads, random, random() < 0.5 ? "tgt" : "src");
  for (let k = 0; k < spec.additions; k++) addPassage(beads, random, lexicon);
  const finished = beads.map((bead) => ({
    src: spec.lowercaseSource ? bead.src.map(lowercaseAndTokenize) : bead.src,
    tgt: spec.encipherTarget ? bead.tgt.map((text) => encipher(text, cipher)) : bead.tgt,
  }));
  return toGoldPair(spec.id, finished, spec.encipherTarget ? "xx" : (goldPool[0]?.tgtLang ?? "xx"));
}

// A few bead runs become one very long sentence on both sides (legal prose, Proust).
function mergeIntoVeryLongSentences(beads: TextBead[], random: Random) {
  for (let k = 0; k < beads.length; k++) {
    if (random() > 0.004) continue;
    const run = 4 + Math.floor(random() * 5);
    const slice = beads.slice(k, k + run);
    if (slice.length < run || slice.some((bead) => bead.src.length === 0 || bead.tgt.length === 0)) continue;
    const join = (texts: string[]) =>
      texts
        .map((text) => text.replace(/[.!?]$/, ""))
        .join("; ")
        .concat(".");
    beads.splice(k, run, { src: [join(slice.flatMap((b) => b.src))], tgt: [join(slice.flatMap((b) => b.tgt))] });
  }
}

// A passage of 50-300 source sentences left untranslated (or a target passage with no source: a cut in the
// edition the translator did not have).
function omitPassage(beads: TextBead[], random: Random, side: "src" | "tgt") {
  const length = 50 + Math.floor(random() * 251);
  const start = Math.floor(random() * Math.max(1, beads.length - length));
  // an unpaired unit is a bead of its own (1-0 or 0-1), as in the hand gold
  const kept: TextBead[] = beads
    .slice(start, start + length)
    .flatMap((bead): TextBead[] =>
      side === "tgt"
        ? bead.src.map((text) => ({ src: [text], tgt: [] }))
        : bead.tgt.map((text) => ({ src: [], tgt: [text] })),
    );
  beads.splice(start, Math.min(length, beads.length - start), ...kept);
}

// A passage of 50-300 target sentences with no source (a translator's preface, a chapter of another edition).
function addPassage(beads: TextBead[], random: Random, lexicon: ReturnType<typeof createLexicon>) {
  const length = 50 + Math.floor(random() * 251);
  const passage = generateSyntheticChapter(random, lexicon, length).flatMap((bead) => bead.tgt);
  const at = Math.floor(random() * beads.length);
  beads.splice(at, 0, ...passage.slice(0, length).map((text) => ({ src: [], tgt: [text] })));
}

function toGoldPair(id: string, beads: TextBead[], tgtLang: string): GoldPair {
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  for (const bead of beads) {
    if (bead.src.length === 0 && bead.tgt.length === 0) continue;
    gold.push({
      src: bead.src.map((text) => src.push(text) - 1),
      tgt: bead.tgt.map((text) => tgt.push(text) - 1),
      confidence: 1,
    });
  }
  return { id, kind: "literary", srcLang: "en", tgtLang, src, tgt, gold, heldOut: false };
}

// The long sets: tuning documents are built from the gold pairs that are not held out (and their perturbed
// copies), held-out documents from the held-out gold pairs with other seeds. Languages are left for the aligner
// to guess, as `npm run align` does without --src-lang / --tgt-lang.
export function generateLongSet(gold: GoldPair[], part: "tuning" | "held-out", scale = 1): GoldPair[] {
  const heldOut = part === "held-out";
  const pool = gold.filter((pair) => pair.heldOut === heldOut);
  const perturbed = [...pool, ...generatePerturbedSet(pool, 3, heldOut ? 7 : 11)];
  const specs: LongDocumentSpec[] = [
    {
      id: "book lower+cipher",
      sentences: 6500,
      goldShare: 0.3,
      lowercaseSource: true,
      encipherTarget: true,
      omissions: 2,
      additions: 1,
    },
    {
      id: "book cipher",
      sentences: 4000,
      goldShare: 0.5,
      lowercaseSource: false,
      encipherTarget: true,
      omissions: 1,
      additions: 2,
    },
    {
      id: "report lower",
      sentences: 3000,
      goldShare: 0.8,
      lowercaseSource: true,
      encipherTarget: false,
      omissions: 1,
      additions: 1,
    },
    {
      id: "book synthetic",
      sentences: 5000,
      goldShare: 0,
      lowercaseSource: true,
      encipherTarget: false,
      omissions: 2,
      additions: 2,
    },
  ].map((spec, k) => ({ ...spec, seed: (heldOut ? 9001 : 101) + k, sentences: Math.round(spec.sentences * scale) }));
  return specs.map((spec) => {
    const doc = generateLongDocument(
      spec,
      perturbed.filter((p) => spec.encipherTarget || p.tgtLang === "fr"),
    );
    return { ...doc, id: `${part} ${spec.id}`, heldOut, srcLang: "", tgtLang: "" };
  });
}

export const LONG_GOLD_DIR = join(new URL(".", import.meta.url).pathname, "align-long-gold");

// The hand-made long parallel texts (bench/align-long-gold/<pair>/beads.txt, same format as align-gold).
export function loadLongGold(dir = LONG_GOLD_DIR): GoldPair[] {
  if (!existsSync(dir)) return [];
  return listGoldPairIds(dir)
    .filter((id) => existsSync(join(dir, id, "beads.txt")))
    .map((id) => {
      const { meta, beads } = parseBeadFile(readFileSync(join(dir, id, "beads.txt"), "utf8"));
      const pair = toGoldPair(id, beads, meta.tgt ?? "xx");
      return { ...pair, srcLang: meta.src ?? "en", heldOut: meta["held-out"] === "yes" };
    });
}
