// What the dictionary says about a word, with the allowances that keep the checker quiet on correct text:
// elided articles, hyphenated compounds, sentence-initial capitals, typographic apostrophes.

import type { LanguageProfile } from "@/lib/languages/get-language-profile";
import type { Speller } from "./types";

const CACHE_LIMIT = 200_000;
const nearMisses = new WeakMap<Speller, Map<string, string | null>>();

/** speller.correct on the word as dictionaries spell it (spellers memoise their own verdicts). */
export function checkWord(speller: Speller, word: string): boolean {
  // Dictionaries list precomposed letters; text typed on some systems arrives decomposed ("a" + U+0301)
  return speller.correct(COMBINING_MARK.test(word) ? word.normalize("NFC") : word);
}

const APOSTROPHES = /['’]/;
const COMBINING_MARK = /[\u0300-\u036f]/;

export function isKnownWord(word: string, speller: Speller, profile: LanguageProfile): boolean {
  if (checkWord(speller, word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && checkWord(speller, lower)) return true;
  if (word.includes("’") && checkWord(speller, word.replaceAll("’", "'"))) return true;
  if (word.includes("'") && checkWord(speller, word.replaceAll("'", "’"))) return true;
  // "coeur" for "cœur": the ligature is often typed as two letters
  if (/oe|ae/i.test(word) && checkWord(speller, lower.replaceAll("oe", "œ").replaceAll("ae", "æ"))) return true;

  if (profile.enclitics.length > 0 && isVerbWithEnclitics(lower, speller, profile, 2)) return true;

  const elided = splitElision(word, profile);
  if (elided)
    return elided.rest.length > 0 && (isLikelyName(elided.rest) || isKnownWord(elided.rest, speller, profile));

  // "anti-surveillance", "Ring-police": a compound is fine when every part is
  if (/[-‐]/.test(word)) {
    const parts = word.split(/[-‐]/);
    return parts.every((part) => part.length === 0 || isLikelyName(part) || isKnownWord(part, speller, profile));
  }
  return false;
}

// "compártala" is "comparta" + "la": the written accent only keeps the stress where it was
function isVerbWithEnclitics(word: string, speller: Speller, profile: LanguageProfile, depth: number): boolean {
  if (depth === 0) return false;
  for (const clitic of profile.enclitics) {
    if (!word.endsWith(clitic) || word.length - clitic.length < 3) continue;
    const verb = word.slice(0, -clitic.length);
    const unaccented = verb
      .normalize("NFD")
      .replace(/[\u0301]/g, "")
      .normalize("NFC");
    if (checkWord(speller, verb) || checkWord(speller, unaccented)) return true;
    if (isVerbWithEnclitics(verb, speller, profile, depth - 1)) return true;
  }
  return false;
}

/** "l'ACLU" → { prefix: "l'", rest: "ACLU" } when the language elides that word. */
export function splitElision(word: string, profile: LanguageProfile): { prefix: string; rest: string } | null {
  if (profile.elisions.length === 0) return null;
  const match = APOSTROPHES.exec(word);
  if (!match) return null;
  const head = word.slice(0, match.index).toLowerCase();
  if (!profile.elisions.includes(head)) return null;
  return { prefix: word.slice(0, match.index + 1), rest: word.slice(match.index + 1) };
}

/** Capitalised inside a word, all capitals, or containing digits: a name, acronym or code, never a typo we flag. */
export function isLikelyName(word: string): boolean {
  return NAME_LIKE.test(word);
}

const NAME_LIKE = /[\p{Lu}\p{Lt}\p{N}]/u;

/**
 * A known word one typing slip away, or null: a wrong or missing accent, two letters swapped, a letter left out
 * inside the word, or a letter doubled or hit beside its neighbour. Narrower than "any one edit", because an
 * unknown but real word is often one edit from an unrelated one ("tuplas"/"tupas", "deslizador"/"deslizado",
 * "compleción"/"complexión"): short words and word ends, where that happens most, get fewer allowances.
 * Memoised: only called for words the dictionary does not know.
 */
export function findNearMiss(word: string, speller: Speller, profile: LanguageProfile): string | null {
  let cache = nearMisses.get(speller);
  if (!cache) {
    cache = new Map();
    nearMisses.set(speller, cache);
  }
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const found = searchNearMiss(word, speller, profile);
  cache.set(word, found);
  return found;
}

// Below this length a dropped or added letter too easily lands on another word
const MIN_LENGTH_FOR_LOOSE_EDITS = 7;

function searchNearMiss(word: string, speller: Speller, profile: LanguageProfile): string | null {
  const lower = word.toLowerCase();
  const accept = (candidate: string): string | null => {
    if (candidate.length < 2 || !checkWord(speller, candidate)) return null;
    return word === lower ? candidate : candidate[0].toUpperCase() + candidate.slice(1);
  };
  const last = lower.length - 1;
  const long = lower.length >= MIN_LENGTH_FOR_LOOSE_EDITS;
  // A wrong or missing accent: "tecnologia" → "tecnología"
  for (let i = 0; i <= last; i++) {
    for (const letter of accentVariants(lower[i])) {
      const found = accept(lower.slice(0, i) + letter + lower.slice(i + 1));
      if (found) return found;
    }
  }
  // Swapped neighbours: "saldia" → "salida"
  for (let i = 0; i < last; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const found = accept(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
    if (found) return found;
  }
  // A letter left out inside the word, not at its ends where it would only change a plural or a gender:
  // "nombe" → "nombre"; a vowel only in longer words ("area" is no "airea")
  for (let i = 1; i <= last; i++) {
    for (const letter of profile.alphabet) {
      if (!long && VOWELS.includes(letter)) continue;
      const found = accept(lower.slice(0, i) + letter + lower.slice(i));
      if (found) return found;
    }
  }
  // A letter too many, if it doubles a neighbour or, in longer words, sits beside one on the keyboard or in a
  // vowel group: "Contrôller", "muostrar"; never the last one ("deslizador" is no misspelt "deslizado")
  for (let i = 0; i < last; i++) {
    if (!isStrayLetter(lower, i, long)) continue;
    const found = accept(lower.slice(0, i) + lower.slice(i + 1));
    if (found) return found;
  }
  return null;
}

function isStrayLetter(word: string, i: number, long: boolean): boolean {
  const letter = word[i];
  const neighbours = [word[i - 1], word[i + 1]].filter((near): near is string => near !== undefined);
  if (neighbours.includes(letter)) return true;
  if (!long) return false;
  if (neighbours.some((near) => keyNeighbours(near).includes(letter))) return true;
  return VOWELS.includes(letter) && neighbours.some((near) => VOWELS.includes(near));
}

const VOWELS = "aeiouyàâäáãéèêëîïíìôöóòõùûüú";

// Neighbouring keys on the three Latin layouts the project's languages use
const KEYBOARD_ROWS = [
  ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
  ["azertyuiop", "qsdfghjklm", "wxcvbn"],
  ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"],
];
const ACCENT_FAMILIES = ["aàâäáã", "eéèêë", "iîïíì", "oôöóòõ", "uùûüú", "cç", "nñ", "yÿ", "sß"];
const keyboardNeighbours = new Map<string, string[]>();

function accentVariants(letter: string): string[] {
  const family = ACCENT_FAMILIES.find((letters) => letters.includes(letter));
  return family ? [...family].filter((variant) => variant !== letter) : [];
}

function keyNeighbours(letter: string): string[] {
  let found = keyboardNeighbours.get(letter);
  if (found) return found;
  const neighbours = new Set<string>();
  for (const rows of KEYBOARD_ROWS) {
    rows.forEach((row, r) => {
      const at = row.indexOf(letter);
      if (at < 0) return;
      for (const near of [
        row[at - 1],
        row[at + 1],
        rows[r - 1]?.[at],
        rows[r - 1]?.[at + 1],
        rows[r + 1]?.[at],
        rows[r + 1]?.[at - 1],
      ]) {
        if (near) neighbours.add(near);
      }
    });
  }
  neighbours.delete(letter);
  found = [...neighbours];
  keyboardNeighbours.set(letter, found);
  return found;
}
