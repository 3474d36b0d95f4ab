// Loads Hunspell dictionaries into nspell once per language. This is the I/O side of the spell-based checks:
// lib/qa only ever sees the Speller interface. Loading a dictionary takes from half a second (English) to
// several seconds (French): callers should start it early and reuse it.

import nspell from "nspell";
import { baseLanguage } from "@/lib/languages/get-language-profile";
import type { Speller } from "../qa/types";

type DictionaryModule = { default: { aff: Uint8Array; dic: Uint8Array } };

const DICTIONARIES: Record<string, () => Promise<DictionaryModule>> = {
  de: () => import("dictionary-de"),
  en: () => import("dictionary-en"),
  es: () => import("dictionary-es"),
  fr: () => import("dictionary-fr"),
  it: () => import("dictionary-it"),
  pt: () => import("dictionary-pt"),
};

// On globalThis: Next bundles server code into several layers (instrumentation, route handlers, server actions),
// each with its own copy of this module, and a French dictionary costs seconds and hundreds of MB to load.
const slot = globalThis as unknown as { retoucheSpellers?: Map<string, Promise<Speller>> };
slot.retoucheSpellers ??= new Map();
const loading = slot.retoucheSpellers;

export function hasDictionary(lang: string): boolean {
  return baseLanguage(lang) in DICTIONARIES;
}

/** The speller for a language ("fr", "fr-CA"…), or undefined when no dictionary is installed for it. */
export function loadSpeller(lang: string): Promise<Speller | undefined> {
  const base = baseLanguage(lang);
  const importDictionary = DICTIONARIES[base];
  if (!importDictionary) return Promise.resolve(undefined);
  let speller = loading.get(base);
  if (!speller) {
    speller = importDictionary().then((module) => createSpeller(base, module.default));
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

function createSpeller(lang: string, dictionary: { aff: Uint8Array; dic: Uint8Array }): Speller {
  const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  const internals = spell as unknown as NspellInternals;
  const forms = internals.data;
  const correct = createFastCorrect(spell, internals);
  if (lang !== "de") return { correct, suggest: (word) => spell.suggest(word) };

  // nspell merges duplicate entries' flags, so German words that are also compound parts ("fordern") come out
  // as "only in compounds": any form the dictionary lists counts as known. Compounds themselves are handled by
  // lib/qa (german-compounds.ts), which knows when leniency is wanted.
  return { correct: (word) => Object.hasOwn(forms, word) || correct(word), suggest: (word) => spell.suggest(word) };
}

type NspellInternals = { data: Record<string, unknown>; compoundRules: unknown[] };

// Plain lower-case words that nspell's input conversion (ICONV: ligatures, long s, combining accents,
// typographic apostrophes) would leave unchanged
const PLAIN_LOWER_CASE = /^[\p{Ll}'-]+$/u;
const CONVERTED = /[ſ\uFB00-\uFB06]/u;

/**
 * Same answers as nspell's correct(), faster on misses: for a plain lower-case word, with no compound rules,
 * nspell can only succeed by finding the word in its table. The near-miss search of the spelling check asks
 * about hundreds of non-words, and nspell's full path costs several microseconds each.
 */
function createFastCorrect(spell: ReturnType<typeof nspell>, internals: NspellInternals): (word: string) => boolean {
  const forms = internals.data;
  if (internals.compoundRules.length > 0) return (word) => spell.correct(word);
  return (word) => {
    if (PLAIN_LOWER_CASE.test(word) && !CONVERTED.test(word) && !Object.hasOwn(forms, word)) return false;
    return spell.correct(word);
  };
}
