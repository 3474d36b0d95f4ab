import type { SupportedLanguage } from "./base-language";

// Frequent function words, lowercase, as they appear once words are split at apostrophes ("l'ACLU" -> "l", "aclu").
// Words shared by several languages are fine: the language detector weights them down.
const STOPWORD_LISTS: Record<SupportedLanguage, string> = {
  en: `a about after all also although an and any are as at be because been but by can could did do does even
    for from had has have he her his how however i if in into is it its may more must my no not now of on one only
    or other our she should so some than that the their them then there these they this those was we were what when
    where which while who why will with would you your`,
  fr: `a à afin ainsi alors au aussi aux avec c ce ces cette comme d dans de des donc dont du elle elles en entre est
    et été être fait il ils j je l la le les leur leurs lorsque mais même n ne nous on ont ou où par parce pas pour
    qu quand que qui sa sans se ses si son sont sur tous tout très un une vous y`,
  es: `a al como con cuando de del donde el él ella ellos entre era es esa ese eso esta está están este esto estos fue
    ha han hay la las le les lo los más muy ni no nos o para pero por porque puede que se ser sin sobre son su sus
    también todo todos un una unos ya y yo`,
  de: `aber als am an auch auf aus bei beim dass daß dem den der des die dieser diese dieses durch ein eine einem einen
    einer eines er es für gegen haben hat ich ihr im in ist kein keine man mit nach nicht noch nur oder ohne schon
    sehr sich sie sind so über um und vom von war waren weil wenn werden wie wir wird wurde zu zum zur`,
  it: `a ai al alla alle all anche che ci come con da dal dalla degli dei del della delle dell dello di dove e è ed
    essere fra gli ha hanno i il l la le lo loro ma molto ne nei nel nella nell non o per perché più quando questa
    questo se senza si sono stata stato su sua sul sulla suo suoi tra un una uno`,
  pt: `a ao aos as até com como da das de do dos e é ela ele eles em entre essa esse esta está estão este foi há isso
    isto já lhe mais mas muito na nas não no nos num numa o onde os ou para pela pelo pode por porque quando que se
    sem ser seu seus sobre sua suas são também tem têm um uma`,
};

export const STOPWORDS: Readonly<Record<SupportedLanguage, ReadonlySet<string>>> = {
  en: toSet(STOPWORD_LISTS.en),
  fr: toSet(STOPWORD_LISTS.fr),
  es: toSet(STOPWORD_LISTS.es),
  de: toSet(STOPWORD_LISTS.de),
  it: toSet(STOPWORD_LISTS.it),
  pt: toSet(STOPWORD_LISTS.pt),
};

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ""));
}
