import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import type { PublicationLabels } from "@/lib/languages/language-profile";
import type { ExportPost } from "./export-types";

/**
 * Wording of the credits and provenance notes. The public page and the HTML export speak the target
 * language when its profile has the wording (lib/languages, publicationLabels), English otherwise (and then say
 * so with lang="en").
 */
export type ProvenanceLabels = PublicationLabels & { lang: string };

const ENGLISH_LABELS: ProvenanceLabels = {
  lang: "en",
  ...(getLanguageProfile("en").publicationLabels as PublicationLabels),
};

export function pickProvenanceLabels(lang: string): ProvenanceLabels {
  const profile = getLanguageProfile(lang);
  return profile.publicationLabels ? { lang: profile.code, ...profile.publicationLabels } : ENGLISH_LABELS;
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
  const labels = ENGLISH_LABELS;
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
