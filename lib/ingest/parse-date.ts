import { LANGUAGE_PROFILES } from "@/lib/languages/profiles";

/**
 * Date parsing for feeds and MT footers, independent of the JS engine's lenient `Date.parse`.
 * Understands RFC 2822 ("Thu, 11 Jun 2020 01:08:42 +0000"), ISO 8601 ("2020-06-11T01:08:42Z")
 * and day-month-year dates with the month names of the language profiles ("11 juin 2020").
 * A date without a zone is taken as UTC.
 */

// Month names and their abbreviations of every language profile, as written and without accents ("févr",
// "fevr"); a name means the same month in every language that has it ("mai", "set").
const MONTHS = new Map<string, number>();
for (const profile of LANGUAGE_PROFILES) {
  for (const names of [profile.months, profile.monthAbbreviations]) {
    names.forEach((spellings, month) => {
      for (const name of spellings) {
        const lower = name.toLowerCase();
        MONTHS.set(lower, month);
        MONTHS.set(lower.normalize("NFD").replace(/\p{M}/gu, ""), month);
      }
    });
  }
}

const ZONES = new Map<string, number>(
  Object.entries({
    ut: 0,
    utc: 0,
    gmt: 0,
    z: 0,
    est: -300,
    edt: -240,
    cst: -360,
    cdt: -300,
    mst: -420,
    mdt: -360,
    pst: -480,
    pdt: -420,
  }),
);

const ISO_RE =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/i;
// Month names of the supported languages are Latin-1 letters. A Latin-1 class rather than \p{L}: under the
// `iu` flags V8 scans \p{L}'s case-folded ranges for every character, ~40 ms on a footer before the regex tiers up.
const MONTH_WORD = "[a-zà-öø-ÿ]";
// Day, month name, year, optional time and zone; "de" covers Spanish/Portuguese "11 de junio de 2020".
const NAMED_MONTH_RE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:er|º|\\.)?\\s+(?:de\\s+)?(${MONTH_WORD}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?:(?:\\s+|\\s*,\\s*|\\s+(?:at|à|a las|um|alle|às)\\s+)(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*(?:([+-]\\d{2}:?\\d{2})|(UT|UTC|GMT|Z|[ECMP][SD]T)\\b))?)?`,
  "iu",
);
// US order, as in "June 11, 2020".
const US_DATE_RE = new RegExp(`(?<!${MONTH_WORD})(${MONTH_WORD}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, "iu");

/** Parses a string that is (or contains) a date; returns ISO 8601 in UTC, or null. */
export function parseDateToIso(text: string): string | null {
  const found = findDate(text);
  return found ? found.iso : null;
}

/** Finds the first recognisable date in free text; `index` is where it starts. */
export function findDate(text: string): { iso: string; index: number } | null {
  // Bounded: dates are short and the callers pass footers or feed fields.
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const candidates: Array<{ iso: string; index: number }> = [];
  const iso = ISO_RE.exec(sample);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, "0")) : 0;
    const value = buildIso(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0, s ? +s : 0, ms, parseZone(zone));
    if (value) candidates.push({ iso: value, index: iso.index });
  }
  const named = NAMED_MONTH_RE.exec(sample);
  if (named) {
    const [, d, monthName, y, h, mi, s, offset, zoneName] = named;
    const month = MONTHS.get(monthName.toLowerCase());
    if (month !== undefined) {
      const value = buildIso(+y, month, +d, h ? +h : 0, mi ? +mi : 0, s ? +s : 0, 0, parseZone(offset ?? zoneName));
      if (value) candidates.push({ iso: value, index: startOfWeekday(sample, named.index) });
    }
  }
  const us = US_DATE_RE.exec(sample);
  if (us) {
    const month = MONTHS.get(us[1].toLowerCase());
    if (month !== undefined) {
      const value = buildIso(+us[3], month, +us[2], 0, 0, 0, 0, 0);
      if (value) candidates.push({ iso: value, index: us.index });
    }
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}

// Include a preceding "Thu, " in the reported start so callers can cut the whole date out.
function startOfWeekday(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 12), index);
  const match = /(\p{L}{2,9}\.?,?\s+)$/u.exec(before);
  return match ? index - match[1].length : index;
}

/** Minutes east of UTC, or null for an unknown zone. Missing zone means UTC. */
function parseZone(zone: string | undefined): number | null {
  if (!zone) return 0;
  const named = ZONES.get(zone.toLowerCase());
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 18 * 60) return null;
  return match[1] === "-" ? -minutes : minutes;
}

function buildIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  zoneMinutes: number | null,
): string | null {
  if (zoneMinutes === null) return null;
  if (year < 1000 || year > 9999 || month < 0 || month > 11 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - zoneMinutes * 60_000;
  const date = new Date(time);
  // Reject 31 June and the like, which Date.UTC would silently roll over.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
