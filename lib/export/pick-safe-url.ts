export const LINK_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);
export const IMAGE_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:"]);

/**
 * The URL, normalised by the WHATWG parser (the one browsers use, so "java\nscript:" or
 * " JAVASCRIPT:" are seen exactly as a browser would see them), when it is absolute and its scheme
 * is allowed; otherwise null.
 */
export function pickSafeUrl(raw: string | undefined | null, schemes: ReadonlySet<string>): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return schemes.has(url.protocol) ? url.href : null;
}
