import fc from "fast-check";
import { escapePlaceholderText } from "@/lib/text/placeholders";

/** Characters that break naive writers: XML/HTML specials, braces, emoji (surrogate pairs), NBSP, CDATA end, CR. */
const TRICKY = [
  "&",
  "<",
  ">",
  '"',
  "'",
  "{",
  "}",
  "{{",
  "}}",
  "{1}",
  "😀",
  "👩🏽‍💻",
  "\u00A0",
  "\u202F",
  "]]>",
  "\r\n",
  "\t",
  " ",
  "  ",
  "é",
  "\n",
];
/** Characters XML 1.0 cannot carry at all (only XLIFF 2.0 <cp> can). */
const XML_UNSAFE = ["\u0001", "\u0008", "\u000B", "\u001F", "\uFFFE", "\uD800"];

/** Literal text (not yet escaped). */
export function arbitraryLiteral(options: { xmlUnsafe?: boolean } = {}): fc.Arbitrary<string> {
  const pieces = [...TRICKY, ...(options.xmlUnsafe ? XML_UNSAFE : [])];
  return fc
    .array(
      fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...pieces) },
        { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }) },
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(""))
    .filter((text) => options.xmlUnsafe || ![...text].some(isControlCharacter));
}

const placeholderNumber = fc.integer({ min: 1, max: 9 }).map(String);

/** Placeholder text with balanced, properly nested pairs and self-closing tags. */
export function arbitraryBalancedText(options: { xmlUnsafe?: boolean } = {}): fc.Arbitrary<string> {
  const literal = arbitraryLiteral(options).map(escapePlaceholderText);
  const { text } = fc.letrec<{ text: string; piece: string }>((tie) => ({
    text: fc.array(tie("piece"), { maxLength: 5 }).map((pieces) => pieces.join("")),
    piece: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      literal,
      literal,
      placeholderNumber.map((n) => `{${n}/}`),
      fc.tuple(placeholderNumber, tie("text")).map(([n, inner]) => `{${n}}${inner}{/${n}}`),
    ),
  }));
  return text;
}

/** Any sequence of literal text and placeholders: unbalanced, crossing, repeated. */
export function arbitraryTokenText(options: { xmlUnsafe?: boolean } = {}): fc.Arbitrary<string> {
  const token = fc.oneof(
    arbitraryLiteral(options).map(escapePlaceholderText),
    placeholderNumber.map((n) => `{${n}}`),
    placeholderNumber.map((n) => `{/${n}}`),
    placeholderNumber.map((n) => `{${n}/}`),
  );
  return fc.array(token, { maxLength: 10 }).map((tokens) => tokens.join(""));
}

/** C0 controls other than tab, LF and CR: not allowed in XML 1.0. */
function isControlCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r";
}
