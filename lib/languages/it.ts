import {
  type LanguageProfile,
  NBSP,
  NNBSP,
  NO_SPACE_BEFORE_MARKS,
  namesByPosition,
  numberWords,
  words,
} from "./language-profile";

export const ITALIAN: LanguageProfile = {
  code: "it",
  name: "Italian",

  stopwords: words(`
    a ai al alla alle all anche che ci come con da dal dalla degli dei del della delle dell dello di dove e è ed
    essere fra gli ha hanno i il l la le lo loro ma molto ne nei nel nella nell non o per perché più quando questa
    questo se senza si sono stata stato su sua sul sulla suo suoi tra un una uno`),
  functionWords: words(`
    il lo la i gli le di del della dei delle un una e è che per con non si sono da in al alla come più ma questo
    questa anche`),
  abbreviations: {
    prefix: ["Sig.", "Sigg.", "Dott.", "Avv.", "Ing.", "On.", "p. es.", "es.", "cfr."],
    "before-number": words("n. pag. art. vol."),
    "may-end": words("a.C. d.C. S.p.A."),
  },
  endingAbbreviations: words("ecc. etc."),
  ordinalPeriods: false,

  elisions: words("l d un dell all dall nell sull quell quest c s m t v n"),
  enclitics: [],
  compounds: false,
  prefixes: words("in con per tra fra sopra sotto contro"),
  oneLetterWords: words("a e è i o l d"),
  alphabet: "abcdefghijklmnopqrstuvwxyzàèéìíîòóùú",
  allowedRepeats: [],
  contractions: false,
  capitalisesNouns: false,

  numberWords: numberWords(`
    uno 1 una 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10 undici 11 dodici 12 tredici 13
    quattordici 14 quindici 15 sedici 16 diciassette 17 diciotto 18 diciannove 19 venti 20 trenta 30 quaranta 40
    cinquanta 50 sessanta 60 settanta 70 ottanta 80 novanta 90 cento 100 mille 1000 mila 1000 milione 1000000
    milioni 1000000 miliardo 1000000000 miliardi 1000000000`),
  // "sei" is also "you are"
  numberWordsNotAnchors: words("uno una sei"),
  months: namesByPosition(`
    gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre | novembre |
    dicembre`),
  monthAbbreviations: namesByPosition("gen | feb | mar | apr | mag | giu | lug | ago | set | ott | nov | dic"),
  weekdays: namesByPosition("lunedì | martedì | mercoledì | giovedì | venerdì | sabato | domenica"),
  capitalisedDates: false,

  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,

  quotes: { open: "«", close: "»" },
  typography: NO_SPACE_BEFORE_MARKS,

  alignmentLengthRatio: 1.12,
  lengthFromEnglish: 1.18,

  machineTranslation: {
    markers: ["traduzione automatica", "tradott[oa] automaticamente"],
    articles: ["una"],
    selfReferences: ["quest[oa] (?:articolo|post|testo|pubblicazione|pagina)"],
  },
};
