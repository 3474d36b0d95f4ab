import TurndownService from "turndown";
import { applyTypography } from "./apply-typography";
import type { ExportPost } from "./export-types";
import { readTitleText } from "./group-blocks";
import { renderArticleHtml } from "./render-html";

/**
 * The corrected article as Markdown: YAML front matter (provenance), then the HTML body converted by
 * turndown — # headings, "- " lists, "> " quotations, [links](url), _emphasis_ and **strong**.
 */
export function renderArticleMarkdown(post: ExportPost): string {
  const body = createTurndown().turndown(renderArticleHtml(post)).trim();
  return `${renderFrontMatter(post)}\n${body}\n`;
}

function createTurndown(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    emDelimiter: "_",
    strongDelimiter: "**",
    codeBlockStyle: "fenced",
    linkStyle: "inlined",
  });
  // Turndown escapes Markdown syntax but not "<": text like "<script>" (escaped in our HTML) would
  // come back as raw HTML in any Markdown renderer. A backslash keeps it literal text.
  const escapeMarkdown = turndown.escape.bind(turndown);
  turndown.escape = (text: string) => escapeMarkdown(text).replace(/</g, "\\<");
  // Footnote markers and chemical formulas need their position: keep sup/sub as (already safe) HTML.
  turndown.keep(["sup", "sub"]);
  turndown.addRule("strikethrough", {
    filter: ["del", "s"],
    replacement: (content) => (content.trim() === "" ? content : `~~${content}~~`),
  });
  // "- item" with one space (turndown pads to "-   item"); our lists are flat, never nested.
  turndown.addRule("listItem", {
    filter: "li",
    replacement: (content, node) => {
      const text = content.replace(/^\n+/, "").replace(/\n+$/, "").replace(/\n/g, "\n  ");
      return `- ${text}${node.nextSibling ? "\n" : ""}`;
    },
  });
  // "> " on text lines and a bare ">" between paragraphs, so no line ends with a space.
  turndown.addRule("blockquote", {
    filter: "blockquote",
    replacement: (content) => {
      const quoted = content
        .replace(/^\n+|\n+$/g, "")
        .split("\n")
        .map((line) => (line.trim() === "" ? ">" : `> ${line}`))
        .join("\n");
      return `\n\n${quoted}\n\n`;
    },
  });
  return turndown;
}

function renderFrontMatter(post: ExportPost): string {
  // JSON strings and arrays are valid YAML flow scalars/sequences, and JSON.stringify quotes
  // and escapes them correctly whatever the title contains (colons, quotes, "---", newlines).
  const field = (name: string, value: string | string[] | null) => `${name}: ${JSON.stringify(value)}`;
  return [
    "---",
    field("title", applyTypography(readTitleText(post), post.targetLang)),
    field("lang", post.targetLang),
    field("source_url", post.sourceUrl),
    field("source_date", post.sourceDate),
    field("translators", post.credits.translators),
    field("reviewers", post.credits.reviewers),
    "---",
    "",
  ].join("\n");
}
