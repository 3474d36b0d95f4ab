import type { SpaceBefore, TypographyRules } from "@/lib/languages/language-profile";

// Where a text breaks its language's spacing rules (the profile's typography table: which punctuation takes which
// space), with the edits that fix it. The QA typography check reports these problems and the export applies
// their edits: one reading of the table, so QA never offers a fix the export undoes, and an exported text has
// nothing left for QA to find.
//
// The text is a "view" of the real one, of the same length, in which two kinds of stand-ins may appear:
// - TRANSPARENT (U+E000): where an inline tag stands; the rules look through it ("mot{/1} ?" is "mot ?");
// - OPAQUE (U+FFFF or U+E001): something that is not prose (a URL, code) and counts as a word.
// Edits only ever touch spaces or insert one, so they apply to the real text at the same offsets.

export const NBSP = "\u00A0";
export const NNBSP = "\u202F";
export const TRANSPARENT = "\uE000";

const SPACE_CHARS: Record<Exclude<SpaceBefore, "none">, string> = { nbsp: NBSP, nnbsp: NNBSP };
const isSpace = (char: string | undefined) => char === " " || char === "\t" || char === NBSP || char === NNBSP;
const isFineSpace = (char: string | undefined) => char === NBSP || char === NNBSP;
// What may stand before a mark that takes (or loses) a space: words, numbers, closing brackets and quotes, an
// ellipsis; not an opening bracket, another mark ("?!" shares one space) or a period ("etc.?").
const WORD_END = /[\p{L}\p{M}\p{N}\p{Pe}\p{Pf}"'…%°*\uE001\uFFFF]/u;
// What may follow a mark of prose: the end, a space, a closing quote or bracket, another mark, something opaque.
// "14:30", "a::b", "?q=1" and "C:\" are not prose.
const PROSE_AFTER = /[\s"'”’»)\]}.…,!?\uE001\uFFFF]/u;
// ";)", ":-(", ":D" are emoticons, not punctuation
const EMOTICON = /^-?[()DPp](?![\p{L}\p{N}])/u;

export type SpacingEdit = { start: number; end: number; text: string };

export type SpacingProblem = {
  /** What is wrong: the space before a mark, or inside a guillemet. */
  kind: "before-mark" | "inside-guillemet";
  mark: string;
  /** The space the rule wants there. */
  want: SpaceBefore;
  /** The stretch the problem covers (its spaces and the mark), for a finding. */
  start: number;
  end: number;
  /** Non-overlapping edits inside [start, end): spaces removed or replaced, or one space inserted. */
  edits: SpacingEdit[];
};

/** The spacing problems of `view` under `rules`, in text order. */
export function findSpacingProblems(view: string, rules: TypographyRules): SpacingProblem[] {
  const problems: SpacingProblem[] = [];
  const marks = Object.keys(rules.spaceBefore);
  const guillemets = rules.insideGuillemets !== null;
  if (marks.length === 0 && !guillemets) return problems;
  for (let at = 0; at < view.length; at++) {
    const char = view[at];
    const want = rules.spaceBefore[char as keyof TypographyRules["spaceBefore"]];
    let problem: SpacingProblem | null = null;
    if (want !== undefined) problem = checkBeforeMark(view, at, want);
    else if (guillemets && char === "»") problem = checkBeforeMark(view, at, "nbsp", "inside-guillemet");
    else if (guillemets && char === "«") problem = checkAfterOpening(view, at);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Applies edits (from any number of problems of one text) to the real text the view stands for. */
export function applySpacingEdits(text: string, edits: readonly SpacingEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let last = 0;
  for (const edit of sorted) {
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}

function checkBeforeMark(
  view: string,
  at: number,
  want: SpaceBefore,
  kind: SpacingProblem["kind"] = "before-mark",
): SpacingProblem | null {
  const mark = view[at];
  if (kind === "before-mark") {
    if ((mark === ";" || mark === ":") && EMOTICON.test(view.slice(at + 1, at + 4))) return null;
    const next = nextVisible(view, at + 1);
    if (next !== undefined && !PROSE_AFTER.test(next)) return null;
  }
  // The run of spaces and tags right before the mark, and what stands before it
  let runStart = at;
  while (runStart > 0 && (isSpace(view[runStart - 1]) || view[runStart - 1] === TRANSPARENT)) runStart--;
  const before = view[runStart - 1];
  if (before === undefined) return null;
  if (kind === "before-mark" ? !WORD_END.test(before) : before === "«") return null;
  const spaces = positionsOfSpaces(view, runStart, at);
  const edits: SpacingEdit[] = [];
  if (want === "none") {
    for (const position of spaces) edits.push({ start: position, end: position + 1, text: "" });
  } else {
    const closest = spaces[spaces.length - 1];
    if (closest !== undefined && isFineSpace(view[closest])) return null;
    const space = SPACE_CHARS[want];
    if (closest === undefined) edits.push({ start: at, end: at, text: space });
    for (const position of spaces)
      edits.push({ start: position, end: position + 1, text: position === closest ? space : "" });
  }
  if (edits.length === 0) return null;
  return { kind, mark, want, start: spaces[0] ?? at, end: at + 1, edits };
}

function checkAfterOpening(view: string, at: number): SpacingProblem | null {
  let runEnd = at + 1;
  while (runEnd < view.length && (isSpace(view[runEnd]) || view[runEnd] === TRANSPARENT)) runEnd++;
  if (runEnd === view.length) return null;
  const spaces = positionsOfSpaces(view, at + 1, runEnd);
  const first = spaces[0];
  if (first !== undefined && isFineSpace(view[first])) return null;
  const edits: SpacingEdit[] =
    first === undefined
      ? [{ start: at + 1, end: at + 1, text: NBSP }]
      : spaces.map((position) => ({ start: position, end: position + 1, text: position === first ? NBSP : "" }));
  return { kind: "inside-guillemet", mark: "«", want: "nbsp", start: at, end: (spaces.at(-1) ?? at) + 1, edits };
}

function positionsOfSpaces(view: string, from: number, to: number): number[] {
  const positions: number[] = [];
  for (let k = from; k < to; k++) if (isSpace(view[k])) positions.push(k);
  return positions;
}

function nextVisible(view: string, from: number): string | undefined {
  let k = from;
  while (k < view.length && view[k] === TRANSPARENT) k++;
  return view[k];
}
