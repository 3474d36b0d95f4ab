import type { InputFormat } from "./types";

const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml"]);
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"]);
const TEXT_EXTENSIONS = new Set(["txt", "text"]);

/**
 * Guesses the format from, in order: the HTTP content type, the file extension, the content.
 * Always answers; unknown input is read as plain text (`parseDocument` rejects formats it cannot
 * read, such as .docx, before asking).
 */
export function guessFormat(content: string, filename?: string, contentType?: string): InputFormat {
  const mime = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (mime === "text/html" || mime === "application/xhtml+xml") return "html";
  if (mime === "text/markdown" || mime === "text/x-markdown") return "markdown";
  const extension = fileExtension(filename);
  if (extension && HTML_EXTENSIONS.has(extension)) return "html";
  if (extension && MARKDOWN_EXTENSIONS.has(extension)) return "markdown";
  if (extension && TEXT_EXTENSIONS.has(extension)) return "text";
  const sample = content.slice(0, 20_000);
  // Servers send Markdown as text/plain, so a plain-text type still allows the Markdown sniff.
  if (mime !== "text/plain" && looksLikeHtml(sample)) return "html";
  return looksLikeMarkdown(sample) ? "markdown" : "text";
}

export function fileExtension(filename: string | undefined): string | null {
  if (!filename) return null;
  const base = filename.split(/[?#]/)[0].split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

function looksLikeHtml(sample: string): boolean {
  const start = sample.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return true;
  // A fragment: several recognisable tags, e.g. "<p>…</p><p>…</p>" pasted from a page.
  const tags = sample.match(
    /<\/?(?:p|div|h[1-6]|ul|ol|li|a|em|strong|br|blockquote|article|section|span|img|body|head)\b[^>]{0,500}>/gi,
  );
  return (tags?.length ?? 0) >= 2;
}

function looksLikeMarkdown(sample: string): boolean {
  let score = 0;
  if (/^#{1,6}[ \t]+\S/m.test(sample)) score += 2;
  if (/^\S[^\n]*\n(?:=+|-+)[ \t]*$/m.test(sample)) score += 2;
  if (/\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)/.test(sample)) score += 2;
  if (/^\[[^\]\n]{1,300}\]:[ \t]*\S/m.test(sample)) score += 2;
  if (/^```/m.test(sample)) score += 2;
  if (/(?:^|[\s(])(\*\*|__)(?=\S)[^\n]{1,300}?\S\1/m.test(sample)) score += 1;
  if (/`[^`\n]{1,200}`/.test(sample)) score += 1;
  if (/^[ \t]{0,3}[-*+][ \t]+\S/m.test(sample)) score += 1;
  if (/^>[ \t]?\S/m.test(sample)) score += 1;
  return score >= 2;
}
