/**
 * Typography of the target language, applied to rendered text (HTML, Markdown and plain-text
 * exports). Only French has rules: a narrow no-break space (U+202F) before ; ! ? and a no-break
 * space (U+00A0) before : and inside « ». A normal space there is replaced, a missing one is added,
 * an existing no-break or thin space is left alone (never doubled). Other languages pass through.
 */

/** A piece of text between two inline tags. `frozen` runs (code, kbd…) are never changed. */
export type TextRun = { text: string; frozen?: boolean };

type TypographyRules = { highPunctuation: boolean; colon: boolean; guillemets: boolean };

const NNBSP = "\u202F";
const NBSP = "\u00A0";
// Runs are joined with BOUNDARY (transparent to the rules) so a rule sees "mot{/1} ?" as "mot ?";
// a frozen run becomes FROZEN, which behaves like a word character. Both are private-use code points.
const BOUNDARY = "\uE000";
const FROZEN = "\uE001";

// What may stand right before a mark that gets a space added: words, numbers, closing brackets and
// quotes. Opening brackets, other marks (the second of "?!") and spaces are left alone.
const WORD_END = "[\\p{L}\\p{M}\\p{N}\\p{Pe}\\p{Pf}\"'…%°*\\uE001]";
// A winking ";)" or ";-)" is an emoticon, not a semicolon.
const HIGH_MARK = "(;(?!-?[()](?![\\p{L}\\p{N}]))|[!?])";
const SPACES_BEFORE_HIGH = new RegExp(`[ \\t]+(?=\\uE000*${HIGH_MARK})`, "gu");
// Lookbehinds (not consuming the previous character) so "a»»" or "a?b?" are fixed in one pass.
const GLUED_HIGH = new RegExp(`(?<=${WORD_END})(\\uE000*)${HIGH_MARK}`, "gu");
const SPACES_BEFORE_COLON = /[ \t]+(?=\uE000*:)/g;
// Not in "14:30" (checked in the replacer), "::", "C:\", "x:/", nor in emoticons like ":)" or ":-(".
const GLUED_COLON = new RegExp(`(?<=(${WORD_END}))(\\uE000*):(?![:/\\\\]|-?[()DPp](?![\\p{L}\\p{N}]))`, "gu");
const SPACES_AFTER_OPENING = /«(\uE000*)[ \t]+/g;
const GLUED_AFTER_OPENING = /«(?=\uE000*[^\s\uE000])/g;
const SPACES_BEFORE_CLOSING = /[ \t]+(?=\uE000*»)/g;
const GLUED_BEFORE_CLOSING = /(?<=[^\s\uE000«])(\uE000*)»/gu;
// URLs and e-mail-like tokens keep their colons and question marks; trailing punctuation is not part of them.
const URL_LIKE = /((?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s\uE000\uE001]*[^\s\uE000\uE001.,;:!?)\]»"'’])/giu;

/** The rules for a BCP 47 language tag, or null when the language needs none. */
function pickRules(lang: string): TypographyRules | null {
  const [primary, region] = lang.toLowerCase().split(/[-_]/);
  if (primary !== "fr") return null;
  // Quebec usage (OQLF) puts no space before ; ! ? but keeps the colon and guillemet spaces.
  return { highPunctuation: region !== "ca", colon: true, guillemets: true };
}

/** Applies the target language's typography to one plain string. */
export function applyTypography(text: string, lang: string): string {
  return applyTypographyToRuns([{ text }], lang)[0];
}

/**
 * Applies typography across runs of text separated by inline tags, so "mot{/1}:" still gets its
 * space; returns one string per run (inserted spaces sit next to the punctuation mark).
 */
export function applyTypographyToRuns(runs: readonly TextRun[], lang: string): string[] {
  const rules = pickRules(lang);
  if (!rules) return runs.map((run) => run.text);
  // Text that already contains our private-use markers cannot be joined safely: fix runs one by one.
  if (runs.some((run) => run.text.includes(BOUNDARY) || run.text.includes(FROZEN))) {
    return runs.map((run) => (run.frozen ? run.text : fixOutsideUrls(run.text, rules)));
  }
  const joined = runs.map((run) => (run.frozen ? FROZEN : run.text)).join(BOUNDARY);
  const parts = fixOutsideUrls(joined, rules).split(BOUNDARY);
  return runs.map((run, index) => (run.frozen ? run.text : parts[index]));
}

function fixOutsideUrls(text: string, rules: TypographyRules): string {
  // split() with a capturing group puts the URLs at odd indexes.
  return text
    .split(URL_LIKE)
    .map((part, index) => (index % 2 === 1 ? part : fixFrench(part, rules)))
    .join("");
}

function fixFrench(text: string, rules: TypographyRules): string {
  let out = text;
  if (rules.guillemets) {
    out = out
      .replace(SPACES_AFTER_OPENING, `«$1${NBSP}`)
      .replace(GLUED_AFTER_OPENING, `«${NBSP}`)
      .replace(SPACES_BEFORE_CLOSING, NBSP)
      .replace(GLUED_BEFORE_CLOSING, `$1${NBSP}»`);
  }
  if (rules.colon) {
    out = out
      .replace(SPACES_BEFORE_COLON, NBSP)
      .replace(GLUED_COLON, (match, before: string, marks: string, offset: number, whole: string) => {
        const after = whole[offset + match.length] ?? "";
        // Times and ratios ("14:30", "3:2") keep their colon glued.
        if (/\d/.test(before) && /\d/.test(after)) return match;
        return `${marks}${NBSP}:`;
      });
  }
  if (rules.highPunctuation) {
    out = out.replace(SPACES_BEFORE_HIGH, NNBSP).replace(GLUED_HIGH, `$1${NNBSP}$2`);
  }
  return out;
}
