import { type LanguageProfile, NBSP, NNBSP, namesByPosition, numberWords, words } from "./language-profile";

export const FRENCH: LanguageProfile = {
  code: "fr",
  name: "French",
  regions: {
    // Quebec usage (OQLF): no space before ; ! ? but the colon and guillemet spaces stay
    CA: {
      name: "Quebec French",
      typography: {
        spaceBefore: { ";": "none", "!": "none", "?": "none", ":": "nbsp" },
        insideGuillemets: "nbsp",
        invertedMarks: false,
      },
    },
  },

  stopwords: words(`
    a à afin ainsi alors au aussi aux avec c ce ces cette comme d dans de des donc dont du elle elles en entre est
    et été être fait il ils j je l la le les leur leurs lorsque mais même n ne nous on ont ou où par parce pas pour
    qu quand que qui sa sans se ses si son sont sur tous tout très un une vous y`),
  functionWords: words(`
    le la les de des du un une et est sont que qui dans pour par sur avec ne pas plus ce cette ces il elle ils elles
    nous vous leur leurs au aux ou mais son sa ses été être a ont se en on y à lui comme tout tous si sans sous entre
    vers chez dont où`),
  abbreviations: {
    prefix: ["M.", "MM.", "Mme.", "Mlle.", "Pr.", "p. ex.", "par ex.", "env.", "c.-à-d.", "av.", "apr.", "St."],
    "before-number": words("p. vol. art. chap. fig. janv. févr. avr. juil. sept. oct. nov. déc."),
    "may-end": ["av. J.-C.", "apr. J.-C."],
  },
  endingAbbreviations: words("etc. Maj. maj. Verr."),
  ordinalPeriods: false,

  elisions: words("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu"),
  enclitics: [],
  compounds: false,
  prefixes: words("en sur sous entre contre par pour dans sans tout"),
  oneLetterWords: words("a à y ô l d j m n s t c"),
  alphabet: "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ",
  allowedRepeats: words("nous vous"),
  contractions: false,
  capitalisesNouns: false,

  numberWords: numberWords(`
    zéro 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13
    quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50 soixante 60 cent 100
    cents 100 centaines 100 mille 1000 milliers 1000 million 1000000 millions 1000000 milliard 1000000000
    milliards 1000000000 premier 1 première 1 deuxième 2 second 2 seconde 2 troisième 3 quatrième 4 cinquième 5
    sixième 6 septième 7 huitième 8 neuvième 9 dixième 10 douzaine 12 demi 0.5 moitié 0.5`),
  numberWordsNotAnchors: words(`
    zéro un une premier première deuxième second seconde troisième quatrième cinquième sixième septième huitième
    neuvième dixième douzaine demi moitié`),
  months: namesByPosition(`
    janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre`),
  monthAbbreviations: namesByPosition("janv | févr fév | | avr | | | juil | | sept | oct | nov | déc"),
  weekdays: namesByPosition("lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche"),
  capitalisedDates: false,

  decimalMarks: [","],
  groupSeparators: [" ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: NNBSP,
  groupsFourDigits: false,

  quotes: { open: "«", close: "»" },
  typography: {
    spaceBefore: { ";": "nnbsp", "!": "nnbsp", "?": "nnbsp", ":": "nbsp" },
    insideGuillemets: "nbsp",
    invertedMarks: false,
  },

  alignmentLengthRatio: 1.15,
  lengthFromEnglish: 1.18,

  machineTranslation: {
    markers: ["traduction automatique", "traduit automatiquement"],
    articles: ["une"],
    selfReferences: ["cet article", "ce (?:post|billet|texte|message)", "cette (?:publication|page)"],
  },
  publicationLabels: {
    statement: "Traduction automatique corrigée par des bénévoles.",
    translators: "Traduction",
    reviewers: "Relecture",
    original: "Article original",
    publishedOn: "publié le",
  },
};
