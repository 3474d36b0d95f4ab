// The forms under which a word of a term or of a text is compared. A content word is known by its spelling
// and by its dictionary stems (so "reconnaissances" meets "reconnaissance", "faciales" meets "faciale");
// articles and the prepositions glued to them are known by their class, so that gender and number inside a
// term do not matter ("surveillance du visage" meets "surveillance des visages": du = de + le, des = de + les).
// These tables are grammar for term matching; they move to lib/languages with the language profiles.

import type { Stemmer } from "./stemmer";

type Grammar = {
  /** Words that stand for a class ("la" → "le"), or for two ("du" → "de le"). */
  functionWords: Readonly<Record<string, readonly string[]>>;
  /**
   * Regular plural and possessive endings: taken off a word the dictionary does not know ("whistleblowers" →
   * "whistleblower"), so names, acronyms and new words still match, and off a word that is a stem of its own
   * ("cours" → "cour").
   */
  regularEndings: readonly string[];
};

const spread = (classes: Record<string, string>): Record<string, readonly string[]> =>
  Object.fromEntries(Object.entries(classes).map(([word, forms]) => [word, forms.split(" ")]));

const GRAMMARS: Readonly<Record<string, Grammar>> = {
  en: {
    functionWords: spread({ a: "a", an: "a", the: "the" }),
    regularEndings: ["'s", "'", "s", "es"],
  },
  fr: {
    functionWords: spread({
      le: "le",
      la: "le",
      les: "le",
      "l'": "le",
      un: "un",
      une: "un",
      de: "de",
      "d'": "de",
      du: "de le",
      des: "de le",
      au: "à le",
      aux: "à le",
    }),
    regularEndings: ["s", "x"],
  },
  es: {
    functionWords: spread({
      el: "el",
      la: "el",
      los: "el",
      las: "el",
      lo: "el",
      un: "un",
      una: "un",
      unos: "un",
      unas: "un",
      del: "de el",
      al: "a el",
    }),
    regularEndings: ["s", "es"],
  },
  it: {
    functionWords: spread({
      il: "il",
      lo: "il",
      la: "il",
      i: "il",
      gli: "il",
      le: "il",
      "l'": "il",
      un: "un",
      uno: "un",
      una: "un",
      "un'": "un",
      di: "di",
      "d'": "di",
      del: "di il",
      dello: "di il",
      della: "di il",
      dei: "di il",
      degli: "di il",
      delle: "di il",
      "dell'": "di il",
      al: "a il",
      allo: "a il",
      alla: "a il",
      ai: "a il",
      agli: "a il",
      alle: "a il",
      "all'": "a il",
      nel: "in il",
      nella: "in il",
      nei: "in il",
      negli: "in il",
      nelle: "in il",
      "nell'": "in il",
    }),
    regularEndings: [],
  },
  pt: {
    functionWords: spread({
      o: "o",
      a: "o",
      os: "o",
      as: "o",
      um: "um",
      uma: "um",
      uns: "um",
      umas: "um",
      do: "de o",
      da: "de o",
      dos: "de o",
      das: "de o",
      no: "em o",
      na: "em o",
      nos: "em o",
      nas: "em o",
      ao: "a o",
      à: "a o",
      aos: "a o",
      às: "a o",
    }),
    regularEndings: ["s"],
  },
  de: {
    functionWords: spread({
      der: "der",
      die: "der",
      das: "der",
      den: "der",
      dem: "der",
      des: "der",
      ein: "ein",
      eine: "ein",
      einen: "ein",
      einem: "ein",
      einer: "ein",
      eines: "ein",
      zum: "zu der",
      zur: "zu der",
      im: "in der",
      am: "an der",
      vom: "von der",
      beim: "bei der",
    }),
    regularEndings: ["s"],
  },
};

const NO_GRAMMAR: Grammar = { functionWords: {}, regularEndings: [] };

/**
 * One compared position of a term or a text; a contraction ("du") gives two. `stems` are the dictionary
 * stems (for a word the dictionary does not know: the word without its regular endings); `ownStem` says the
 * dictionary lists the word as a stem of its own ("billing", "cours", "tracker"); `bare` is the word without
 * a regular plural or possessive ending ("cours" → "cour").
 */
export type WordForms = {
  base: string;
  stems: readonly string[];
  ownStem: boolean;
  bare: readonly string[];
  /** An article or a preposition, known by its class: it matches its class only. */
  functionWord: boolean;
};

/** Lower case, composed, with plain apostrophes: how words are compared. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFC")
    .replace(/[’ʼ‘`´]/g, "'");
}

/** The positions a written word stands for. */
export function expandWord(word: string, lang: string, stemmer: Stemmer): WordForms[] {
  const grammar = GRAMMARS[lang.toLowerCase().split(/[-_]/)[0]] ?? NO_GRAMMAR;
  const base = normaliseWord(word);
  const classes = Object.hasOwn(grammar.functionWords, base) ? grammar.functionWords[base] : undefined;
  if (classes) {
    return classes.map((form) => ({ base: `\u0000${form}`, stems: [], ownStem: true, bare: [], functionWord: true }));
  }
  const found = new Set<string>();
  for (const stem of stemmer.stem(word)) found.add(normaliseWord(stem));
  if (base !== word) for (const stem of stemmer.stem(base)) found.add(normaliseWord(stem));
  const bare = grammar.regularEndings
    .filter((ending) => base.length > ending.length + 2 && base.endsWith(ending))
    .map((ending) => base.slice(0, -ending.length));
  if (found.size === 0) return [{ base, stems: bare, ownStem: false, bare, functionWord: false }];
  const ownStem = found.delete(base);
  return [{ base, stems: [...found], ownStem, bare, functionWord: false }];
}

/** The forms under which a position is looked up in an index of term words. */
export function lookupKeys(position: WordForms): readonly string[] {
  return [position.base, ...position.stems, ...position.bare];
}

/** The forms under which a term word is indexed (every form lookupKeys() of a matching text word can give). */
export function indexKeys(position: WordForms): readonly string[] {
  return [position.base, ...position.stems];
}

// Inflection keeps a word's beginning ("faciale" → "faciaux", "législateur" → "législatrice"); a word that only
// shares a stem through a prefix ("unencrypted", "testers" for "protesters") is another word
const MAX_CHANGED_ENDING = 3;

/**
 * Whether a word of a text is the term's word, inflected: the same word; a form the dictionary derives from
 * it ("warrants" from "warrant"); another form of the same stem ("faciales" and "faciale", both from
 * "facial"), or the stem a plural term word comes from. A word that is a stem of its own is not a form of another ("billing" is not "bill", "manifeste"
 * is not "manifestant"), except for a regular plural ("cours" of "cour"); a term word that is a stem of its
 * own takes only the forms that start with it ("trackers", not "tracking" nor "tracked", for "tracker").
 */
export function isFormOf(term: WordForms, text: WordForms): boolean {
  if (term.base === text.base) return true;
  if (term.functionWord || text.functionWord) return false;
  if (!keepsBeginning(term.base, text.base)) return false;
  // The singular of a term written in the plural ("civil liberty" for "civil liberties")
  if (!term.ownStem && term.stems.includes(text.base)) return true;
  if (text.ownStem) return text.bare.includes(term.base);
  if (text.stems.includes(term.base)) return true;
  if (!term.stems.some((stem) => text.stems.includes(stem))) return false;
  return !term.ownStem || text.base.startsWith(term.base);
}

function keepsBeginning(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared > 0 && shared >= Math.min(a.length, b.length) - MAX_CHANGED_ENDING;
}
