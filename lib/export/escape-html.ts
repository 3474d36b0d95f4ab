/** Escapes text for an HTML text node. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

/** Escapes text for a double-quoted HTML attribute value (quotes of both kinds, so any quoting is safe). */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ATTRIBUTE_ENTITIES[char]);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
