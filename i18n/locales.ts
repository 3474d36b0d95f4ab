// Interface languages. Adding one = adding messages/<code>.json; this list is read from that folder's files by
// i18n/request.ts, so the code below only names the default.
export const DEFAULT_LOCALE = "en";
export const LOCALE_COOKIE = "retouche-locale";

/** Picks the best supported locale from an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8"). */
export function pickLocale(acceptLanguage: string | null, supported: readonly string[]): string | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (supported.includes(tag)) return tag;
    const base = tag.split("-")[0];
    if (supported.includes(base)) return base;
  }
  return null;
}
