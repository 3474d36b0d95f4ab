import "server-only";
// The spelling dictionaries the project ships (dictionary-de, -en, -es, -fr, -it, -pt), loaded into the real
// Hunspell library through its native binding (nodehun), once per language and process, on first use. This is
// the I/O side of the spell-based checks and of inflection-aware term matching: lib/qa only sees the Speller
// interface. A load takes 40–100 ms and 7–16 MB (Portuguese, the largest: about 0.5 s and 57 MB); it runs on
// the calling thread, so the server loads the usual pair at boot (instrumentation.ts) and the others lazily.
//
//   const fr = await loadSpeller("fr");       // Speller | undefined (no dictionary for that language)
//   fr?.correct("reconnaissances")            // true
//   fr?.stem("reconnaissances")               // ["reconnaissance"]
//   fr?.analyze("qu'il")                      // [{ stem: "il", morphemes: ["qu'"], fields: [...], description }]
// Every method of a loaded speller is synchronous.

import { createRequire } from "node:module";
import { baseLanguage } from "@/lib/languages/get-language-profile";
import type { Speller, WordAnalysis } from "@/lib/qa/types";

type DictionaryModule = { default: { aff: Uint8Array; dic: Uint8Array } };

// Literal imports, so that every bundler and `next build` sees them (the packages stay external, next.config.js)
const DICTIONARIES: Record<string, () => Promise<DictionaryModule>> = {
  de: () => import("dictionary-de"),
  en: () => import("dictionary-en"),
  es: () => import("dictionary-es"),
  fr: () => import("dictionary-fr"),
  it: () => import("dictionary-it"),
  pt: () => import("dictionary-pt"),
};

/** The native binding's class (nodehun 3): the Hunspell handle of one dictionary. */
type Hunspell = {
  spellSync(word: string): boolean;
  suggestSync(word: string): string[] | null;
  stemSync(word: string): string[];
  analyzeSync(word: string): string[];
};
type HunspellBinding = { Nodehun: new (affix: Buffer, dictionary: Buffer) => Hunspell };

// A native addon is loaded with require (ESM cannot import a .node file); one copy per process whatever the caller
let binding: HunspellBinding | undefined;
function hunspellBinding(): HunspellBinding {
  binding ??= createRequire(import.meta.url)("nodehun") as HunspellBinding;
  return binding;
}

// On globalThis: Next bundles server code into several layers (instrumentation, route handlers, server actions),
// each with its own copy of this module; one Hunspell handle per language serves them all.
const slot = globalThis as unknown as { retoucheSpellers?: Map<string, Promise<Speller>> };
slot.retoucheSpellers ??= new Map();
const loading = slot.retoucheSpellers;

export function hasDictionary(lang: string): boolean {
  return baseLanguage(lang) in DICTIONARIES;
}

/** The speller for a language ("fr", "fr-CA"…), or undefined when no dictionary is shipped for it. */
export function loadSpeller(lang: string): Promise<Speller | undefined> {
  const base = baseLanguage(lang);
  const importDictionary = DICTIONARIES[base];
  if (!importDictionary) return Promise.resolve(undefined);
  let speller = loading.get(base);
  if (!speller) {
    speller = importDictionary().then((module) => createHunspellSpeller(module.default));
    // A failed load must not be cached forever
    speller.catch(() => loading.delete(base));
    loading.set(base, speller);
  }
  return speller;
}

export async function loadSpellers(
  sourceLang: string,
  targetLang: string,
): Promise<{ source?: Speller; target?: Speller }> {
  const [source, target] = await Promise.all([loadSpeller(sourceLang), loadSpeller(targetLang)]);
  return { source, target };
}

/** The languages whose dictionary this process has loaded (or is loading). */
export function loadedLanguages(): string[] {
  return [...loading.keys()].sort();
}

// Verdicts are memoised with the speller, so one cache serves every bundle layer: posts repeat their words, the
// translator re-runs checks as they type, and the near-miss search asks about hundreds of non-words
const CACHE_LIMIT = 200_000;

function createHunspellSpeller(dictionary: { aff: Uint8Array; dic: Uint8Array }): Speller {
  const { Nodehun } = hunspellBinding();
  const hunspell = new Nodehun(toBuffer(dictionary.aff), toBuffer(dictionary.dic));
  const verdicts = new Map<string, boolean>();
  return {
    correct: (word) => {
      const known = verdicts.get(word);
      if (known !== undefined) return known;
      if (verdicts.size >= CACHE_LIMIT) verdicts.clear();
      const verdict = word.length > 0 && hunspell.spellSync(word);
      verdicts.set(word, verdict);
      return verdict;
    },
    suggest: (word) => (word.length > 0 ? (hunspell.suggestSync(word) ?? []) : []),
    stem: (word) => (word.length > 0 ? unique(hunspell.stemSync(word)) : []),
    analyze: (word) => (word.length > 0 ? hunspell.analyzeSync(word).map(parseAnalysis) : []),
  };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

const FIELD = /^([a-z]{2}):(.*)$/;

/**
 * Hunspell describes a reading as morphemes then two-letter fields: " st:reconnaissance fl:S." (stem, affix flag),
 * "qu' st:il fl:Q'" (an elided prefix), "re st:cognition fl:A". Dictionaries with morphological data add
 * po: (part of speech), is: (inflection) and others; the ones shipped here give st: and fl: only.
 */
export function parseAnalysis(description: string): WordAnalysis {
  const morphemes: string[] = [];
  const fields: { code: string; value: string }[] = [];
  for (const token of description.trim().split(/\s+/).filter(Boolean)) {
    const field = FIELD.exec(token);
    if (field) fields.push({ code: field[1], value: field[2] });
    else morphemes.push(token);
  }
  const stem = fields.find((f) => f.code === "st")?.value ?? "";
  return { stem, morphemes, fields, description };
}
