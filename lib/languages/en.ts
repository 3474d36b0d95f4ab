import { type LanguageProfile, namesByPosition, numberWords, words } from "./language-profile";

export const ENGLISH: LanguageProfile = {
  code: "en",
  name: "English",

  stopwords: words(`
    a about after all also although an and any are as at be because been but by can could did do does even
    for from had has have he her his how however i if in into is it its may more must my no not now of on one only
    or other our she should so some than that the their them then there these they this those was we were what when
    where which while who why will with would you your`),
  functionWords: words(`
    the and of to is are that this with for from have has been which their they would should could not be by we our
    you your these those there what when where who how than were about into its it will can must was us them he she
    his her more other such only also or but on as at a an in if do does so all any some no now`),
  abbreviations: {
    prefix: words("Mr. Mrs. Ms. Messrs. Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. St. Rev. Hon. Mt. v. approx. Pres."),
    "before-number": words(`
      No. Nos. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Fig. p. pp. Vol. vol. Art. Sec. Ch. ch.`),
    "may-end": words("U.S. U.K. U.N. E.U. Inc. Ltd. Co. Corp. Jr. Sr. Ph.D. a.m. p.m."),
  },
  endingAbbreviations: words("etc."),
  ordinalPeriods: false,

  elisions: [],
  enclitics: [],
  compounds: false,
  prefixes: words("in on out over under up for with by be"),
  oneLetterWords: ["a", "i"],
  alphabet: "abcdefghijklmnopqrstuvwxyz",
  allowedRepeats: words("had that is"),
  contractions: true,
  capitalisesNouns: false,

  numberWords: numberWords(`
    zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13
    fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50
    sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 hundreds 100 thousand 1000 thousands 1000 million 1000000
    millions 1000000 billion 1000000000 billions 1000000000
    first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 dozen 12 half 0.5
    once 1 twice 2`),
  numberWordsNotAnchors: words(
    "zero one first second third fourth fifth sixth seventh eighth ninth tenth dozen half once",
  ),
  months: namesByPosition(
    "january | february | march | april | may | june | july | august | september | october | november | december",
  ),
  monthAbbreviations: namesByPosition("jan | feb | mar | apr | | jun | jul | aug | sep sept | oct | nov | dec"),
  weekdays: namesByPosition("monday | tuesday | wednesday | thursday | friday | saturday | sunday"),
  // "may", "march" and "august" are also ordinary words: as dates they are capitalised
  capitalisedDates: true,

  decimalMarks: ["."],
  groupSeparators: [","],
  preferredDecimalMark: ".",
  preferredGroupSeparator: ",",
  groupsFourDigits: true,

  quotes: null,
  typography: { spaceBefore: {}, insideGuillemets: null, invertedMarks: false },

  alignmentLengthRatio: 1,
  lengthFromEnglish: 1,

  machineTranslation: {
    markers: ["machine[- ]translat(?:ion|ed)", "automatically translated", "automatic translation"],
    articles: ["a", "an"],
    selfReferences: ["this (?:article|post|page|text|story|entry)"],
  },
  publicationLabels: {
    statement: "Machine translation corrected by volunteers.",
    translators: "Translators",
    reviewers: "Reviewers",
    original: "Original article",
    publishedOn: "published on",
  },
};
