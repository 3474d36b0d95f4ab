// What the checks need to know about each language, in one table. Unknown languages get a neutral
// profile under which the language-specific rules stay silent.

export type TypographyRules = "french" | "spanish" | "german" | "plain" | "none";

export type LanguageProfile = {
  code: string;
  /** English name, for messages. */
  name: string;
  /** Elided words written with an apostrophe and glued to the next word ("l'", "qu'"), lower case. */
  elisions: string[];
  /** Pronouns attached to verbs ("compártala", "dígamelo"), longest first; the verb itself is then checked. */
  enclitics: string[];
  /** Writes compounds as one word (German): unknown long words may be compounds of known ones. */
  compounds: boolean;
  /** Function words that are also prefixes ("en", "sur"): "enlistados" is a word, not "en listados". */
  prefixes: string[];
  /** Single letters that are words by themselves; any other lone letter is a fragment. */
  oneLetterWords: string[];
  /** Letters tried when looking for a near miss of an unknown word. */
  alphabet: string;
  decimalMarks: string[];
  groupSeparators: string[];
  /** How a number is best written, for fixes. */
  preferredDecimalMark: string;
  preferredGroupSeparator: string;
  /** Numbers of four digits are written without a group separator ("2018", "1300"). */
  groupsFourDigits: boolean;
  typography: TypographyRules;
  /** Locale quotation marks that replace straight double quotes; null leaves straight quotes alone. */
  quotes: { open: string; close: string } | null;
  /** Words that may legitimately appear twice in a row ("nous nous", "die die"). */
  allowedRepeats: string[];
  /** Frequent function words: tell the language of a sentence, and anchor glued-word splits. */
  functionWords: string[];
  /** Number words that may stand for a digit of the other side ("deux" for 2). */
  numberWords: Record<string, number>;
  /** Typical length of a translation from English, in characters, relative to the English. */
  lengthFromEnglish: number;
};

const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** Word lists are written as one string per line, so that the table stays readable. */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Number words, as "word value" pairs. */
function numbers(list: string): Record<string, number> {
  const values: Record<string, number> = {};
  const parts = words(list);
  for (let i = 0; i + 1 < parts.length; i += 2) values[parts[i]] = Number(parts[i + 1]);
  return values;
}

/** German ordinals take endings: "fünfte", "fünften", "fünfter"… */
function inflect(stems: string[], endings: string[]): Record<string, number> {
  const values: Record<string, number> = {};
  stems.forEach((stem, i) => {
    for (const ending of endings) values[stem + ending] = i + 1;
  });
  return values;
}

const ENGLISH: LanguageProfile = {
  code: "en",
  name: "English",
  elisions: [],
  enclitics: [],
  compounds: false,
  prefixes: words("in on out over under up for with by be"),
  oneLetterWords: ["a", "i"],
  alphabet: "abcdefghijklmnopqrstuvwxyz",
  decimalMarks: ["."],
  groupSeparators: [","],
  preferredDecimalMark: ".",
  preferredGroupSeparator: ",",
  groupsFourDigits: true,
  typography: "none",
  quotes: null,
  allowedRepeats: words("had that is"),
  functionWords: words(`
    the and of to is are that this with for from have has been which their they would should could not be by we our
    you your these those there what when where who how than were about into its it will can must was us them he she
    his her more other such only also or but on as at a an in if do does so all any some no now`),
  numberWords: numbers(`
    zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13
    fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50
    sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 thousand 1000 million 1000000 billion 1000000000
    first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 dozen 12 half 0.5
    once 1 twice 2`),
  lengthFromEnglish: 1,
};

const FRENCH: LanguageProfile = {
  code: "fr",
  name: "French",
  elisions: words("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu"),
  enclitics: [],
  compounds: false,
  prefixes: words("en sur sous entre contre par pour dans sans tout"),
  oneLetterWords: words("a à y ô l d j m n s t c"),
  alphabet: "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ",
  decimalMarks: [","],
  groupSeparators: [" ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: NNBSP,
  groupsFourDigits: false,
  typography: "french",
  quotes: { open: "«", close: "»" },
  allowedRepeats: words("nous vous"),
  functionWords: words(`
    le la les de des du un une et est sont que qui dans pour par sur avec ne pas plus ce cette ces il elle ils elles
    nous vous leur leurs au aux ou mais son sa ses été être a ont se en on y à lui comme tout tous si sans sous entre
    vers chez dont où`),
  numberWords: numbers(`
    zéro 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13
    quatorze 14 quinze 15 seize 16 vingt 20 trente 30 quarante 40 cinquante 50 soixante 60 cent 100 mille 1000
    million 1000000 millions 1000000 milliard 1000000000 milliards 1000000000 premier 1 première 1 deuxième 2
    second 2 seconde 2 troisième 3 quatrième 4 cinquième 5 sixième 6 septième 7 huitième 8 neuvième 9 dixième 10
    douzaine 12 demi 0.5 moitié 0.5`),
  lengthFromEnglish: 1.18,
};

const SPANISH: LanguageProfile = {
  code: "es",
  name: "Spanish",
  elisions: [],
  enclitics: words("selo sela selos selas melo mela telo nos los las les me te se lo la le os"),
  compounds: false,
  prefixes: words("en con sin sobre entre contra para por"),
  oneLetterWords: words("a e o u y"),
  alphabet: "abcdefghijklmnopqrstuvwxyzáéíóúüñ",
  // Spain and the Americas group and separate decimals differently: accept both readings
  decimalMarks: [",", "."],
  groupSeparators: [".", ",", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,
  typography: "spanish",
  quotes: { open: "«", close: "»" },
  allowedRepeats: [],
  functionWords: words(`
    el la los las de del un una y es son que en para por con no se su sus al lo como más pero este esta estos estas
    ha han fue ser está están le les sin sobre entre hasta desde cuando donde muy ya nos o a e u ni porque según`),
  numberWords: numbers(`
    cero 0 uno 1 una 1 un 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12
    trece 13 catorce 14 quince 15 veinte 20 treinta 30 cuarenta 40 cincuenta 50 cien 100 ciento 100 mil 1000
    millón 1000000 millones 1000000 primero 1 primera 1 primer 1 segundo 2 segunda 2 tercero 3 tercera 3 tercer 3
    cuarto 4 cuarta 4 quinto 5 quinta 5 sexto 6 sexta 6 séptimo 7 séptima 7 octavo 8 octava 8 noveno 9 novena 9
    décimo 10 décima 10 docena 12 medio 0.5 media 0.5 mitad 0.5`),
  lengthFromEnglish: 1.2,
};

const GERMAN: LanguageProfile = {
  code: "de",
  name: "German",
  elisions: [],
  enclitics: [],
  compounds: true,
  prefixes: [],
  oneLetterWords: [],
  alphabet: "abcdefghijklmnopqrstuvwxyzäöüß",
  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,
  typography: "german",
  quotes: { open: "„", close: "“" },
  // Relative pronouns follow articles: "Firmen, die die Polizei beliefern"
  allowedRepeats: words("die der das den dem sie"),
  functionWords: words(`
    der die das den dem des ein eine einen einem einer und ist sind zu mit von für auf nicht sich es auch wie dass
    bei aus nach oder aber wird werden wurde hat haben im zum zur sie wir ihr ihre diese dieser noch nur so was will
    also in an man war um kann muss sollte vor`),
  numberWords: {
    ...numbers(`
      null 0 eins 1 ein 1 eine 1 einen 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11
      zwölf 12 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 hundert 100 tausend 1000 million 1000000
      millionen 1000000 milliarde 1000000000 milliarden 1000000000 halb 0.5 hälfte 0.5 dutzend 12`),
    ...inflect(words("erst zweit dritt viert fünft sechst siebt acht neunt zehnt"), words("e en er es em")),
  },
  lengthFromEnglish: 1.22,
};

const ITALIAN: LanguageProfile = {
  code: "it",
  name: "Italian",
  elisions: words("l d un dell all dall nell sull quell quest c s m t v n"),
  enclitics: [],
  compounds: false,
  prefixes: words("in con per tra fra sopra sotto contro"),
  oneLetterWords: words("a e è i o l d"),
  alphabet: "abcdefghijklmnopqrstuvwxyzàèéìíîòóùú",
  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,
  typography: "plain",
  quotes: { open: "«", close: "»" },
  allowedRepeats: [],
  functionWords: words(`
    il lo la i gli le di del della dei delle un una e è che per con non si sono da in al alla come più ma questo
    questa anche`),
  numberWords: numbers("uno 1 una 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10"),
  lengthFromEnglish: 1.18,
};

const PORTUGUESE: LanguageProfile = {
  code: "pt",
  name: "Portuguese",
  elisions: [],
  enclitics: [],
  compounds: false,
  prefixes: words("em com sem sobre entre contra para por"),
  oneLetterWords: words("a e o é à"),
  alphabet: "abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú",
  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,
  typography: "plain",
  // Portugal and Brazil quote differently: leave straight quotes alone
  quotes: null,
  allowedRepeats: [],
  functionWords: words(`
    o a os as de do da dos das um uma e é que em no na para por com não se mais como mas foi são ao seu sua isso
    este esta`),
  numberWords: numbers("um 1 uma 1 dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9"),
  lengthFromEnglish: 1.15,
};

const NEUTRAL: LanguageProfile = {
  ...ENGLISH,
  prefixes: [],
  oneLetterWords: [],
  // Without knowing the locale, accept either decimal mark and any usual group separator
  decimalMarks: [".", ","],
  groupSeparators: [",", ".", " ", NBSP, NNBSP],
  typography: "none",
  allowedRepeats: [],
  functionWords: [],
  numberWords: {},
};

const PROFILES: Record<string, LanguageProfile> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
  de: GERMAN,
  it: ITALIAN,
  pt: PORTUGUESE,
};

const resolved = new Map<string, LanguageProfile>();

/** "fr", "fr-CA" and "FR" all give the French profile; an unknown language gets a neutral one. */
export function getLanguageProfile(lang: string): LanguageProfile {
  let profile = resolved.get(lang);
  if (!profile) {
    const base = baseLanguage(lang);
    profile = PROFILES[base] ?? { ...NEUTRAL, code: base, name: lang };
    resolved.set(lang, profile);
  }
  return profile;
}

export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}
