import { findLanguageProfile } from "@/lib/languages/get-language-profile";

// Spelled-out numbers, months and weekdays: translations keep them but change the word
// ("eleven years" / "onze ans" / "elf Jahre"), so they are mapped to language-independent
// anchor keys, the same as digits for numbers ("twelve" and "12" are both "n:12"). The words come
// from the language profiles (lib/languages), folded as the anchors fold words (lower case, no accents);
// the ones a profile keeps out of the anchors ("un", "one", "sei") are everyday words too.

type KeyTable = { keys: ReadonlyMap<string, string>; capitalisedDates: boolean };

const TABLES = new Map<string, KeyTable | null>();

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// Anchor key of a folded (lower-case, accent-free) word in `lang`, or "" when it is none of these.
export function lookUpNumberWord(lang: string | undefined, folded: string, capitalised: boolean): string {
  if (lang === undefined) return "";
  const table = buildKeyTable(lang);
  const key = table?.keys.get(folded);
  if (key === undefined) return "";
  if (key.startsWith("d:") && table?.capitalisedDates && !capitalised) return "";
  return key;
}

function buildKeyTable(lang: string): KeyTable | null {
  let table = TABLES.get(lang);
  if (table !== undefined) return table;
  const profile = findLanguageProfile(lang);
  table = null;
  if (profile) {
    const keys = new Map<string, string>();
    const left = new Set(profile.numberWordsNotAnchors);
    for (const [word, value] of Object.entries(profile.numberWords)) {
      if (!left.has(word)) keys.set(fold(word), `n:${value}`);
    }
    // Names written as one word only: the anchors see "segunda-feira" as two words
    const addNames = (names: readonly (readonly string[])[], prefix: string) =>
      names.forEach((spellings, k) => {
        for (const name of spellings) if (/^\p{L}+$/u.test(name)) keys.set(fold(name), `${prefix}-${k + 1}`);
      });
    addNames(profile.months, "d:month");
    addNames(profile.weekdays, "d:day");
    table = { keys, capitalisedDates: profile.capitalisedDates };
  }
  TABLES.set(lang, table);
  return table;
}

// "fr", "fr-CA", "FR" -> "fr"; a language without a profile, or none, -> undefined.
export function normalizeLanguage(lang: string | undefined): string | undefined {
  return findLanguageProfile(lang)?.code;
}
