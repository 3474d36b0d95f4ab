import { applyTypography } from "./apply-typography";
import { formatSourceDate, pickProvenanceLabels } from "./describe-provenance";
import { escapeHtmlAttribute, escapeHtmlText } from "./escape-html";
import type { ExportBlock, ExportPost } from "./export-types";
import { groupBlocks, hasTitleBlock, joinBlockText, readTitleText } from "./group-blocks";
import { LINK_SCHEMES, pickSafeUrl } from "./pick-safe-url";
import { renderInlineHtml } from "./render-inline-html";

export type RenderHtmlOptions = {
  /** A complete HTML5 document with head, credits and provenance footer (for downloads). */
  standalone?: boolean;
  /** The public URL of this translation, for `rel="canonical"` (standalone only). */
  canonicalUrl?: string | null;
};

const BLOCK_ELEMENTS: Record<Exclude<ExportBlock["kind"], "list-item" | "quote">, string> = {
  title: "h1",
  heading1: "h1",
  heading2: "h2",
  heading3: "h3",
  heading4: "h4",
  heading5: "h5",
  heading6: "h6",
  paragraph: "p",
};

/**
 * The corrected article as clean HTML: the body alone (for a CMS or the public page), or with
 * `standalone` a full document. Everything is escaped or allow-listed (see render-inline-html.ts).
 */
export function renderArticleHtml(post: ExportPost, options: RenderHtmlOptions = {}): string {
  const body = renderArticleBody(post);
  return options.standalone ? renderDocument(post, body, options.canonicalUrl ?? null) : body;
}

function renderArticleBody(post: ExportPost): string {
  const lang = post.targetLang;
  const lines: string[] = [];
  if (!hasTitleBlock(post.blocks) && post.title.trim() !== "") {
    lines.push(`<h1>${escapeHtmlText(applyTypography(post.title, lang))}</h1>`);
  }
  const inline = (block: ExportBlock) => renderInlineHtml(joinBlockText(block), block.tags, lang);
  for (const group of groupBlocks(post.blocks)) {
    if (group.kind === "single") {
      let html = inline(group.block);
      // An untranslated (empty) title block still gives the page its title.
      if (group.block.kind === "title" && html.trim() === "") html = escapeHtmlText(applyTypography(post.title, lang));
      const kind = group.block.kind as keyof typeof BLOCK_ELEMENTS;
      const element = BLOCK_ELEMENTS[kind] ?? "p";
      if (html.trim() !== "") lines.push(`<${element}>${html}</${element}>`);
      continue;
    }
    const parts = group.blocks.map(inline).filter((html) => html.trim() !== "");
    if (parts.length === 0) continue;
    if (group.kind === "list") lines.push(`<ul>\n${parts.map((html) => `<li>${html}</li>`).join("\n")}\n</ul>`);
    else lines.push(`<blockquote>\n${parts.map((html) => `<p>${html}</p>`).join("\n")}\n</blockquote>`);
  }
  return `${lines.join("\n")}\n`;
}

function renderDocument(post: ExportPost, body: string, canonicalUrl: string | null): string {
  const lang = post.targetLang;
  const title = readTitleText(post);
  const sourceUrl = pickSafeUrl(post.sourceUrl, LINK_SCHEMES);
  const canonical = pickSafeUrl(canonicalUrl, LINK_SCHEMES);
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtmlText(applyTypography(title, lang))}</title>`,
    `<meta name="generator" content="Retouche">`,
    // A translation is its own canonical page (Google: never point a translation's canonical at
    // another language); the original is linked as its language alternate.
    canonical ? `<link rel="canonical" href="${escapeHtmlAttribute(canonical)}">` : null,
    canonical
      ? `<link rel="alternate" hreflang="${escapeHtmlAttribute(lang)}" href="${escapeHtmlAttribute(canonical)}">`
      : null,
    sourceUrl
      ? `<link rel="alternate" hreflang="${escapeHtmlAttribute(post.sourceLang)}" href="${escapeHtmlAttribute(sourceUrl)}">`
      : null,
  ].filter((line): line is string => line !== null);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtmlAttribute(lang)}">`,
    "<head>",
    ...head,
    "</head>",
    "<body>",
    "<article>",
    body.trimEnd(),
    renderCreditsFooter(post, sourceUrl),
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function renderCreditsFooter(post: ExportPost, sourceUrl: string | null): string {
  const labels = pickProvenanceLabels(post.targetLang);
  const sameLanguage = labels.lang === post.targetLang.toLowerCase().split(/[-_]/)[0];
  const text = (value: string) => escapeHtmlText(applyTypography(value, labels.lang));
  const names = (list: readonly string[]) =>
    list
      .map((name) => name.trim())
      .filter(Boolean)
      .join(", ");
  const lines = [`<p>${text(labels.statement)}</p>`];
  const translators = names(post.credits.translators);
  const reviewers = names(post.credits.reviewers);
  if (translators) lines.push(`<p>${text(`${labels.translators}: ${translators}`)}</p>`);
  if (reviewers) lines.push(`<p>${text(`${labels.reviewers}: ${reviewers}`)}</p>`);
  if (sourceUrl || post.sourceDate) {
    const link = sourceUrl
      ? ` <a href="${escapeHtmlAttribute(sourceUrl)}" hreflang="${escapeHtmlAttribute(post.sourceLang)}">${escapeHtmlText(sourceUrl)}</a>`
      : "";
    const date = post.sourceDate
      ? `, ${text(labels.publishedOn)} <time datetime="${escapeHtmlAttribute(post.sourceDate)}">${text(formatSourceDate(post.sourceDate, labels.lang))}</time>`
      : "";
    lines.push(`<p>${text(`${labels.original}:`)}${link}${date}</p>`);
  }
  const langAttribute = sameLanguage ? "" : ` lang="${labels.lang}"`;
  return `<footer${langAttribute}>\n${lines.join("\n")}\n</footer>`;
}
