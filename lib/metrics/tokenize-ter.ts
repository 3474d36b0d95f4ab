// The words TER compares, as sacreBLEU's TercomTokenizer makes them (sacrebleu/tokenizers/tokenizer_ter.py and
// TER._preprocess_segment in sacrebleu/metrics/ter.py, version 2.6.0). sacreBLEU's defaults, which HTER uses
// here: no normalisation, punctuation kept, no Asian splitting, lowercased; the text is right-trimmed and split
// on whitespace. The other options are ported too so that a figure can be compared with any sacreBLEU signature.

import { splitLikePython, trimEndLikePython } from "./python-text";

export type TerTokenizeOptions = {
  /** Keep case (sacreBLEU `case_sensitive`, default false: both sides are lowercased). */
  caseSensitive?: boolean;
  /** Tercom's normalisation: XML entities, punctuation split off, possessive 's (default false). */
  normalized?: boolean;
  /** Remove the punctuation . , ? : ; ! " ( ) (default false). */
  noPunct?: boolean;
  /** With `normalized` or `noPunct`: split CJK characters, remove CJK punctuation (default false). */
  asianSupport?: boolean;
};

const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/gu;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/gu;

/** The TER words of `text`. Python's str.lower() and JavaScript's toLowerCase() agree on all of Unicode 14. */
export function tokenizeForTer(text: string, options: TerTokenizeOptions = {}): string[] {
  let sentence = trimEndLikePython(text);
  if (sentence === "") return [];
  if (!options.caseSensitive) sentence = sentence.toLowerCase();
  if (options.normalized) {
    sentence = normalizeGeneralAndWestern(sentence);
    if (options.asianSupport) sentence = normalizeAsian(sentence);
  }
  if (options.noPunct) {
    sentence = sentence.replace(/[.,?:;!"()]/gu, "");
    if (options.asianSupport) sentence = sentence.replace(ASIAN_PUNCT, "").replace(FULL_WIDTH_PUNCT, "");
  }
  return splitLikePython(sentence);
}

function normalizeGeneralAndWestern(text: string): string {
  let sentence = text
    .replace(/\n-/gu, "") // end-of-line hyphenation
    .replace(/\n/gu, " ")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">");
  sentence = ` ${sentence} `;
  return sentence
    .replace(/([{-~[-` -&(-+:-@/])/gu, " $1 ") // the ASCII punctuation Tercom splits off
    .replace(/'s /gu, " 's ")
    .replace(/'s$/gu, " 's")
    .replace(/([^0-9])([.,])/gu, "$1 $2 ") // period and comma, unless after a digit
    .replace(/([.,])([^0-9])/gu, " $1 $2") // ... or before one
    .replace(/([0-9])(-)/gu, "$1 $2 ");
}

function normalizeAsian(text: string): string {
  // The kana patterns are sacreBLEU's as written, odd anchors included: the goal is its output, not a better rule
  return text
    .replace(/([\u4e00-\u9fff\u3400-\u4dbf])/gu, " $1 ")
    .replace(/([\u31c0-\u31ef\u2e80-\u2eff])/gu, " $1 ")
    .replace(/([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/gu, " $1 ")
    .replace(/([\u3200-\u3f22])/gu, " $1 ")
    .replace(/(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/gu, "$1 $2 ")
    .replace(/(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/gu, "$1 $2 ")
    .replace(/(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/gu, "$1 $2 ")
    .replace(ASIAN_PUNCT, " $1 ")
    .replace(FULL_WIDTH_PUNCT, " $1 ");
}
