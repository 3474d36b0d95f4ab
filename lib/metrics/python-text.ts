// sacreBLEU is Python, and its tokenisation leans on Python's idea of whitespace: str.split(), str.rstrip() and
// re's \s. That set differs from JavaScript's \s (Python adds U+001C–U+001F and U+0085 and leaves out U+FEFF), and
// a French text full of narrow no-break spaces must split the same way here as there. Checked against CPython 3.11
// over every code point.

const PYTHON_WHITESPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE}]+`, "gu");
const TRAILING_WHITESPACE = new RegExp(`[${PYTHON_WHITESPACE}]+$`, "u");

/** Python's `text.split()`: the words between runs of whitespace, none empty. */
export function splitLikePython(text: string): string[] {
  const words = text.split(WHITESPACE_RUN);
  if (words.length > 0 && words[0] === "") words.shift();
  if (words.length > 0 && words[words.length - 1] === "") words.pop();
  return words;
}

/** Python's `"".join(text.split())`: the text with every whitespace character removed. */
export function removeWhitespaceLikePython(text: string): string {
  return text.replace(WHITESPACE_RUN, "");
}

/** Python's `text.rstrip()`. */
export function trimEndLikePython(text: string): string {
  return text.replace(TRAILING_WHITESPACE, "");
}
