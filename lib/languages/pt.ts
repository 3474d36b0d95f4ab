import {
  type LanguageProfile,
  NBSP,
  NNBSP,
  NO_SPACE_BEFORE_MARKS,
  namesByPosition,
  numberWords,
  words,
} from "./language-profile";

export const PORTUGUESE: LanguageProfile = {
  code: "pt",
  name: "Portuguese",

  stopwords: words(`
    a ao aos as até com como da das de do dos e é ela ele eles em entre essa esse esta está estão este foi há isso
    isto já lhe mais mas muito na nas não no nos num numa o onde os ou para pela pelo pode por porque quando que se
    sem ser seu seus sobre sua suas são também tem têm um uma`),
  functionWords: words(`
    o a os as de do da dos das um uma e é que em no na para por com não se mais como mas foi são ao seu sua isso
    este esta`),
  abbreviations: {
    prefix: ["Sr.", "Sra.", "Srta.", "Dra.", "p. ex.", "ex.", "V. Exa.", "Exmo.", "Exma."],
    "before-number": words("n. pág. art. vol."),
    "may-end": words("a.C. d.C. Ltda. S.A."),
  },
  endingAbbreviations: words("etc."),
  ordinalPeriods: false,

  elisions: [],
  enclitics: [],
  compounds: false,
  prefixes: words("em com sem sobre entre contra para por"),
  oneLetterWords: words("a e o é à"),
  alphabet: "abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú",
  allowedRepeats: [],
  contractions: false,
  capitalisesNouns: false,

  numberWords: numberWords(`
    um 1 uma 1 dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11 doze 12 treze 13
    catorze 14 quatorze 14 quinze 15 dezasseis 16 dezesseis 16 dezassete 17 dezessete 17 dezoito 18 dezanove 19
    dezenove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 oitenta 80 noventa 90 cem 100
    cento 100 mil 1000 milhão 1000000 milhões 1000000`),
  numberWordsNotAnchors: words("um uma"),
  months: namesByPosition(`
    janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro | outubro | novembro | dezembro`),
  monthAbbreviations: namesByPosition("jan | fev | mar | abr | mai | jun | jul | ago | set | out | nov | dez"),
  // The weekdays Monday to Friday are compounds ("segunda-feira"): only Saturday and Sunday are single words
  weekdays: namesByPosition(
    "segunda-feira | terça-feira | quarta-feira | quinta-feira | sexta-feira | sábado | domingo",
  ),
  capitalisedDates: false,

  decimalMarks: [","],
  groupSeparators: [".", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,

  // Portugal and Brazil quote differently: leave straight quotes alone
  quotes: null,
  typography: NO_SPACE_BEFORE_MARKS,

  alignmentLengthRatio: 1.1,
  lengthFromEnglish: 1.15,

  machineTranslation: {
    markers: ["tradu[çc][ãa]o autom[áa]tica", "traduzid[oa] automaticamente"],
    articles: ["uma"],
    selfReferences: ["est[ea] (?:artigo|post|texto|publicação|entrada|página)"],
  },
};
