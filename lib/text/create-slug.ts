// URL slugs for public pages (/p/<lang>/<slug>): lowercase ASCII words joined by hyphens, accents folded.
export function createSlug(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug || "post";
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : maxLength).replace(/-+$/, "");
}

/** The slug of a post imported from `url`: the last path segment when it is meaningful, else the title. */
export function createPostSlug(title: string, url: string | null): string {
  if (url) {
    try {
      const last = new URL(url).pathname.split("/").filter(Boolean).pop();
      if (last && /[a-z]/i.test(last) && last.length > 3) return createSlug(last);
    } catch {
      // not a URL: fall back to the title
    }
  }
  return createSlug(title);
}
