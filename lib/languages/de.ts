import {
  type LanguageProfile,
  NBSP,
  NNBSP,
  NO_SPACE_BEFORE_MARKS,
  namesByPosition,
  numberWords,
  words,
} from "./language-profile";

/** German ordinals take endings: "fünfte", "fünften", "fünfter"… */
function inflect(stems: string[], endings: string[]): Record<string, number> {
  const values: Record<string, number> = {};
  stems.forEach((stem, i) => {
    for (const ending of endings) values[stem + ending] = i + 1;
  });
  return values;
}

const ORDINALS = inflect(words("erst zweit dritt viert fünft sechst siebt acht neunt zehnt"), words("e en er es em"));

export const GERMAN: LanguageProfile = {
  code: "de",
  name: "German",

  stopwords: words(`
    aber als am an auch auf aus bei beim dass daß dem den der des die dieser diese dieses durch ein eine einem einen
    einer eines er es für gegen haben hat ich ihr im in ist kein keine man mit nach nicht noch nur oder ohne schon
    sehr sich sie sind so über um und vom von war waren weil wenn werden wie wir wird wurde zu zum zur`),
  functionWords: words(`
    der die das den dem des ein eine einen einem einer und ist sind zu mit von für auf nicht sich es auch wie dass
    bei aus nach oder aber wird werden wurde hat haben im zum zur sie wir ihr ihre diese dieser noch nur so was will
    also in an man war um kann muss sollte vor`),
  abbreviations: {
    prefix: ["z. B.", "d. h.", "u. a."].concat(words("bzw. Hr. Fr. vgl. sog. evtl. ggf. inkl. Mio. Mrd. St."), [
      "z. T.",
      "u. U.",
      "o. Ä.",
    ]),
    "before-number": words("Nr. S. Abs. Art. Bd. Jan. Feb. Apr. Aug. Sept. Okt. Nov. Dez."),
    "may-end": ["v. Chr.", "n. Chr.", "e. V."],
  },
  endingAbbreviations: words("usw. etc."),
  ordinalPeriods: true,

  elisions: [],
  enclitics: [],
  compounds: true,
  prefixes: [],
  oneLetterWords: [],
  alphabet: "abcdefghijklmnopqrstuvwxyzäöüß",
  // Relative pronouns follow articles: "Firmen, die die Polizei beliefern"
  allowedRepeats: words("die der das den dem sie"),
  contractions: false,
  capitalisesNouns: true,

  numberWords: {
    ...numberWords(`
      null 0 eins 1 ein 1 eine 1 einen 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11
      zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20
      dreißig 30 dreissig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 hundert 100
      tausend 1000 million 1000000 millionen 1000000 milliarde 1000000000 milliarden 1000000000 halb 0.5
      hälfte 0.5 dutzend 12`),
    ...ORDINALS,
  },
  numberWordsNotAnchors: [...words("null eins ein eine einen halb hälfte dutzend"), ...Object.keys(ORDINALS)],
  months: namesByPosition(`
    januar jänner | februar | märz | april | mai | juni | juli | august | september | oktober | november | dezember`),
  monthAbbreviations: namesByPosition("jan jän | feb | mär | apr | | jun | jul | aug | sep sept | okt | nov | dez"),
  weekdays: namesByPosition("montag | dienstag | mittwoch | donnerstag | freitag | samstag sonnabend | sonntag"),
  capitalisedDates: true,

  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,

  quotes: { open: "„", close: "“" },
  typography: NO_SPACE_BEFORE_MARKS,

  alignmentLengthRatio: 1.18,
  lengthFromEnglish: 1.22,

  machineTranslation: {
    markers: [
      "maschinelle[nr]? [ÜüU]e?bersetzung",
      "maschinell [üu]e?bersetzt",
      "automatisch [üu]e?bersetzt",
      "automatische[nr]? [ÜüU]e?bersetzung",
    ],
    articles: ["eine"],
    selfReferences: ["diese[rs]? (?:Artikel|Beitrag|Text|Seite)"],
  },
};
