import {
  type LanguageProfile,
  NBSP,
  NNBSP,
  NO_SPACE_BEFORE_MARKS,
  namesByPosition,
  numberWords,
  words,
} from "./language-profile";

export const SPANISH: LanguageProfile = {
  code: "es",
  name: "Spanish",

  stopwords: words(`
    a al como con cuando de del donde el él ella ellos entre era es esa ese eso esta está están este esto estos fue
    ha han hay la las le les lo los más muy ni no nos o para pero por porque puede que se ser sin sobre son su sus
    también todo todos un una unos ya y yo`),
  functionWords: words(`
    el la los las de del un una y es son que en para por con no se su sus al lo como más pero este esta estos estas
    ha han fue ser está están le les sin sobre entre hasta desde cuando donde muy ya nos o a e u ni porque según`),
  abbreviations: {
    prefix: words("Sr. Sra. Srta. Dra. Ud. Uds. Vd. Vds. ej. aprox. Lic. Ing. Excmo. Sto. Sta.").concat("p. ej."),
    "before-number": words("núm. pág. art. vol. cap."),
    "may-end": ["EE. UU.", "EE.UU.", "S.A.", "a. C.", "d. C."],
  },
  endingAbbreviations: words("etc."),
  ordinalPeriods: false,

  elisions: [],
  enclitics: words("selo sela selos selas melo mela telo nos los las les me te se lo la le os"),
  compounds: false,
  prefixes: words("en con sin sobre entre contra para por"),
  oneLetterWords: words("a e o u y"),
  alphabet: "abcdefghijklmnopqrstuvwxyzáéíóúüñ",
  allowedRepeats: [],
  contractions: false,
  capitalisesNouns: false,

  numberWords: numberWords(`
    cero 0 uno 1 una 1 un 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12
    trece 13 catorce 14 quince 15 dieciséis 16 diecisiete 17 dieciocho 18 diecinueve 19 veinte 20 treinta 30
    cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90 cien 100 ciento 100 cientos 100 mil 1000
    miles 1000 millón 1000000 millones 1000000 primero 1 primera 1 primer 1 segundo 2 segunda 2 tercero 3
    tercera 3 tercer 3 cuarto 4 cuarta 4 quinto 5 quinta 5 sexto 6 sexta 6 séptimo 7 séptima 7 octavo 8 octava 8
    noveno 9 novena 9 décimo 10 décima 10 docena 12 medio 0.5 media 0.5 mitad 0.5`),
  numberWordsNotAnchors: words(`
    cero uno una un primero primera primer segundo segunda tercero tercera tercer cuarto cuarta quinto quinta sexto
    sexta séptimo séptima octavo octava noveno novena décimo décima docena medio media mitad`),
  months: namesByPosition(`
    enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre setiembre | octubre | noviembre |
    diciembre`),
  monthAbbreviations: namesByPosition("ene | | mar | abr | | | | ago | | | | dic"),
  weekdays: namesByPosition("lunes | martes | miércoles | jueves | viernes | sábado | domingo"),
  capitalisedDates: false,

  // Spain and the Americas group and separate decimals differently: accept both readings
  decimalMarks: [",", "."],
  groupSeparators: [".", ",", " ", NBSP, NNBSP],
  preferredDecimalMark: ",",
  preferredGroupSeparator: ".",
  groupsFourDigits: true,

  quotes: { open: "«", close: "»" },
  typography: { ...NO_SPACE_BEFORE_MARKS, invertedMarks: true },

  alignmentLengthRatio: 1.12,
  lengthFromEnglish: 1.2,

  machineTranslation: {
    markers: ["traducci[oó]n autom[aá]tica", "traducid[oa] autom[aá]ticamente"],
    articles: ["una"],
    selfReferences: ["est[ea] (?:artículo|post|texto|publicación|entrada|página)"],
  },
};
