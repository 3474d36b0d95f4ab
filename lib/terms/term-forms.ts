// The forms under which a word of a term or of a text is compared. A content word is known by its spelling
// and by its dictionary stems (so "reconnaissances" meets "reconnaissance", "faciales" meets "faciale");
// articles and the prepositions glued to them are known by their class, so that gender and number inside a
// term do not matter ("surveillance du visage" meets "surveillance des visages": du = de + le, des = de + les).
// These tables are grammar for term matching; they move to lib/languages with the language profiles.

import type { Stemmer } from "./stemmer";

type Grammar = {
  /** Words that stand for a class ("la" → "le"), or for two ("du" → "de le"). */
  functionWords: Readonly<Record<string, readonly string[]>>;
  /** Endings that leave the word itself ("Congress's" → "congress"), tried when the stemmer does not know it. */
  clitics: readonly string[];
};

const spread = (classes: Record<string, string>): Record<string, readonly string[]> =>
  Object.fromEntries(Object.entries(classes).map(([word, forms]) => [word, forms.split(" ")]));

const GRAMMARS: Readonly<Record<string, Grammar>> = {
  en: {
    functionWords: spread({ a: "a", an: "a", the: "the" }),
    clitics: ["'s", "'"],
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
    clitics: [],
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
    clitics: [],
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
    clitics: [],
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
    clitics: [],
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
    clitics: [],
  },
};

const NO_GRAMMAR: Grammar = { functionWords: {}, clitics: [] };

/** One compared position: the forms it may match under. A contraction ("du") gives two positions. */
export type WordForms = readonly string[];

/** Lower case, composed, with plain apostrophes: how words are compared. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFC")
    .replace(/[’ʼ‘`´]/g, "'");
}

/** The positions a written word stands for, each with its forms. */
export function expandWord(word: string, lang: string, stemmer: Stemmer): WordForms[] {
  const grammar = GRAMMARS[lang.toLowerCase().split(/[-_]/)[0]] ?? NO_GRAMMAR;
  const base = normaliseWord(word);
  const classes = Object.hasOwn(grammar.functionWords, base) ? grammar.functionWords[base] : undefined;
  if (classes) return classes.map((form) => [`\u0000${form}`]);
  const forms = new Set([base]);
  for (const stem of stemmer.stem(word)) forms.add(normaliseWord(stem));
  if (base !== word) for (const stem of stemmer.stem(base)) forms.add(normaliseWord(stem));
  if (forms.size === 1) {
    for (const clitic of grammar.clitics) {
      if (base.length > clitic.length + 1 && base.endsWith(clitic)) {
        const bare = base.slice(0, -clitic.length);
        forms.add(bare);
        for (const stem of stemmer.stem(bare)) forms.add(normaliseWord(stem));
        break;
      }
    }
  }
  return [[...forms]];
}

/** Whether two positions can be the same word. */
export function formsMeet(a: WordForms, b: WordForms): boolean {
  for (const form of a) if (b.includes(form)) return true;
  return false;
}
