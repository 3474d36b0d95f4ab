// nspell ignores Hunspell's compounding flags, so the German dictionary rejects everyday compounds
// ("Gesichtserkennung", "Datenschutz"). A word made of two or three known words, with the usual linking
// letters, counts as known, so that German text is not littered with false spelling alarms. This only ever
// widens what is accepted: suggestions are still checked against the dictionary itself.

const LINKING = ["", "s", "es", "n", "en", "er", "e"];
const MIN_PART = 3;

export function isGermanCompound(word: string, isKnown: (part: string) => boolean, depth = 0): boolean {
  if (depth > 2 || word.length < MIN_PART * 2) return false;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    if (!isKnownTail(tail, isKnown) && !isGermanCompound(capitalise(tail), isKnown, depth + 1)) continue;
    const head = word.slice(0, cut);
    for (const link of LINKING) {
      if (link && !head.endsWith(link)) continue;
      const stem = head.slice(0, head.length - link.length);
      if (stem.length >= MIN_PART && (isKnown(stem) || isKnown(capitalise(stem)))) return true;
    }
  }
  return false;
}

// Inside a compound the tail loses its capital: "…erkennung" stands for "Erkennung"
function isKnownTail(tail: string, isKnown: (part: string) => boolean): boolean {
  return tail.length >= MIN_PART && (isKnown(tail) || isKnown(capitalise(tail)));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
