import type { ExportPost } from "./export-types";

/**
 * Wording of the credits and provenance notes. The public page and the HTML export speak the target
 * language when we have its wording (French), English otherwise (and then say so with lang="en").
 */
export type ProvenanceLabels = {
  lang: string;
  statement: string;
  translators: string;
  reviewers: string;
  original: string;
  publishedOn: string;
};

const LABELS: Record<string, ProvenanceLabels> = {
  en: {
    lang: "en",
    statement: "Machine translation corrected by volunteers.",
    translators: "Translators",
    reviewers: "Reviewers",
    original: "Original article",
    publishedOn: "published on",
  },
  fr: {
    lang: "fr",
    statement: "Traduction automatique corrigée par des bénévoles.",
    translators: "Traduction",
    reviewers: "Relecture",
    original: "Article original",
    publishedOn: "publié le",
  },
};

export function pickProvenanceLabels(lang: string): ProvenanceLabels {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(LABELS, primary) ? LABELS[primary] : LABELS.en;
}

/** "11 juin 2020" for fr, "June 11, 2020" for en; the raw value when it is not a date. */
export function formatSourceDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // UTC, so the day printed is the day stored whatever the server's time zone.
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** Provenance as short English sentences, for the notes of XLIFF and TMX files (read by tools and linguists). */
export function listProvenanceNotes(post: ExportPost): string[] {
  const labels = LABELS.en;
  const notes = [labels.statement];
  const original = [post.sourceUrl, post.sourceDate ? `${labels.publishedOn} ${post.sourceDate}` : null].filter(
    Boolean,
  );
  if (original.length > 0) notes.push(`${labels.original}: ${original.join(", ")}`);
  const translators = post.credits.translators.filter((name) => name.trim() !== "");
  const reviewers = post.credits.reviewers.filter((name) => name.trim() !== "");
  if (translators.length > 0) notes.push(`${labels.translators}: ${translators.join(", ")}`);
  if (reviewers.length > 0) notes.push(`${labels.reviewers}: ${reviewers.join(", ")}`);
  return notes;
}
