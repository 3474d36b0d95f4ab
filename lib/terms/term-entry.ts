// A termbase entry for one language pair: how a source term must be translated, and how it must not be.

import { z } from "zod";

export const PARTS_OF_SPEECH = ["noun", "properNoun", "verb", "adjective", "adverb", "other"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export type TermEntry = {
  /** The term as it appears in source texts, in its base form ("face recognition"). */
  source: string;
  /** Preferred translations, the first one being the one to insert. May be empty for a forbidden-only entry. */
  targets: string[];
  /** Translations that must not be used. */
  forbidden: string[];
  note: string;
  partOfSpeech: PartOfSpeech | null;
  /**
   * When true, a text matches only with the term's own capitals ("Congress", "ACLU"); a capital at the start
   * of a segment and a text in all capitals are always accepted. See defaultCaseSensitivity().
   */
  caseSensitive: boolean;
};

/** The separator of several values in one CSV cell; it can therefore not appear inside a term. */
export const VALUE_SEPARATOR = "|";
export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

const term = z
  .string()
  .trim()
  .min(1, "a term cannot be empty")
  .max(MAX_TERM_LENGTH, `a term has at most ${MAX_TERM_LENGTH} characters`)
  .refine((value) => !value.includes(VALUE_SEPARATOR), `a term cannot contain "${VALUE_SEPARATOR}"`)
  .refine((value) => !/[\r\n\t]/.test(value), "a term is one line")
  .transform((value) => value.replace(/\s+/g, " "));

/** What the termbase editor and the readers accept, normalised: trimmed, inner spaces collapsed, no repeats. */
export const termEntrySchema = z
  .object({
    source: term,
    targets: z.array(term).max(20).default([]),
    forbidden: z.array(term).max(20).default([]),
    note: z.string().trim().max(MAX_NOTE_LENGTH).default(""),
    partOfSpeech: z.enum(PARTS_OF_SPEECH).nullable().default(null),
    caseSensitive: z.boolean().optional(),
  })
  .refine((entry) => entry.targets.length + entry.forbidden.length > 0, {
    message: "an entry needs a preferred or a forbidden translation",
  })
  .transform((entry): TermEntry => {
    const targets = unique(entry.targets);
    const preferred = new Set(targets.map((value) => value.toLowerCase()));
    return {
      source: entry.source,
      targets,
      forbidden: unique(entry.forbidden).filter((value) => !preferred.has(value.toLowerCase())),
      note: entry.note,
      partOfSpeech: entry.partOfSpeech,
      caseSensitive: entry.caseSensitive ?? defaultCaseSensitivity(entry.source),
    };
  });

export type TermEntryInput = z.input<typeof termEntrySchema>;

/**
 * A term with a capital letter is a name or an acronym ("Congress", "ACLU", "Ring"): its capitals matter.
 * An all lower-case term matches whatever the case. TBX has no case-sensitivity category, so this is also
 * what a TBX file reads as.
 */
export function defaultCaseSensitivity(source: string): boolean {
  return /\p{Lu}/u.test(source);
}

/**
 * The key under which a termbase holds one entry per source term: the case does not count, since a
 * case-insensitive "apple" would also match every "Apple".
 */
export function sourceKey(entry: Pick<TermEntry, "source">): string {
  return entry.source.toLowerCase();
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first problem zod found, as one sentence ("targets: a term cannot contain "|""). */
export function describeEntryProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.filter((part) => typeof part === "string").join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
