export const SUPPORTED_LANGUAGES = ["en", "fr", "es", "de", "it", "pt"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** "fr-FR", "pt_BR", "EN" -> "fr", "pt", "en": our rules are per language, never per region. */
export function getBaseLanguage(lang: string): string {
  const separator = lang.search(/[-_]/);
  return (separator === -1 ? lang : lang.slice(0, separator)).trim().toLowerCase();
}

export function isSupportedLanguage(lang: string): lang is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}
