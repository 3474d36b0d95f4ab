// Numbers as written in running text, read under a language's conventions. A token can have several readings
// where a language accepts both "1.300" and "1,5" (Spanish): the caller matches on any of them.

import type { LanguageProfile } from "@/lib/languages/get-language-profile";
import { maskProtectedSpans } from "@/lib/text/protected-spans";

/** `digits` and `decimals` are those of the first reading, as written ("0.50" keeps its "50"). */
export type NumberToken = {
  text: string;
  start: number;
  end: number;
  values: number[];
  digits: string;
  decimals: string;
};

// Digits glued to a word ("UTF8", "COVID-19", "base-64") are part of a name, not a quantity
const RAW_NUMBER = /(?<![\p{L}\p{N}])(?<!\p{L}[-‐])\d+(?:[.,\u00A0\u202F ]\d+)*/gu;
const SEPARATOR = /[.,\u00A0\u202F ]/;

export function findNumbers(text: string, profile: LanguageProfile): NumberToken[] {
  const masked = maskProtectedSpans(text);
  if (!/\d/.test(masked)) return [];
  const tokens: NumberToken[] = [];
  for (const match of masked.matchAll(RAW_NUMBER)) {
    splitNumberRun(match[0], match.index, profile, tokens);
  }
  return tokens;
}

/** Reads "1 300,5" or "2018, 28" left to right, ending a number where a separator cannot belong to it. */
function splitNumberRun(run: string, offset: number, profile: LanguageProfile, out: NumberToken[]): void {
  const pieces = run.split(SEPARATOR);
  const separators = [...run.matchAll(/[.,\u00A0\u202F ]/g)].map((match) => match[0]);
  let cursor = 0;
  let index = 0;
  while (index < pieces.length) {
    const first = pieces[index];
    let readings = [{ digits: first, decimals: "", hasDecimal: false, grouped: false }];
    let length = first.length;
    let next = index + 1;
    while (next < pieces.length) {
      const separator = separators[next - 1];
      const piece = pieces[next];
      const extended = [];
      for (const reading of readings) {
        const canGroup =
          profile.groupSeparators.includes(separator) &&
          !reading.hasDecimal &&
          piece.length === 3 &&
          (reading.grouped || first.length <= 3);
        if (canGroup) extended.push({ ...reading, digits: reading.digits + piece, grouped: true });
        // Whitespace never marks decimals
        const canDecimal = profile.decimalMarks.includes(separator) && !reading.hasDecimal && separator.trim() !== "";
        if (canDecimal) extended.push({ ...reading, decimals: piece, hasDecimal: true });
      }
      if (extended.length === 0) break;
      readings = extended;
      length += separator.length + piece.length;
      next++;
    }
    const values = [...new Set(readings.map((reading) => Number(`${reading.digits}.${reading.decimals || "0"}`)))];
    out.push({
      text: run.slice(cursor, cursor + length),
      start: offset + cursor,
      end: offset + cursor + length,
      values,
      digits: readings[0].digits,
      decimals: readings[0].decimals,
    });
    cursor += length;
    if (next < pieces.length) cursor += separators[next - 1].length;
    index = next;
  }
}

/** Writes a number the way the language prefers ("1 300", "3,5", "2018", "0,0"). */
export function formatNumber(number: Pick<NumberToken, "digits" | "decimals">, profile: LanguageProfile): string {
  const integer = number.digits;
  const decimals = number.decimals;
  const grouped =
    integer.length <= 3 || (integer.length === 4 && profile.groupsFourDigits)
      ? integer
      : integer.replace(/\B(?=(\d{3})+(?!\d))/g, profile.preferredGroupSeparator);
  return decimals ? `${grouped}${profile.preferredDecimalMark}${decimals}` : grouped;
}
