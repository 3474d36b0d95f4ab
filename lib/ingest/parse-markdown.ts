import { renderMarkdownToHtml } from "./markdown-to-html";
import { parseHtmlFragment } from "./parse-html";
import type { ParsedBlock } from "./types";

/** Markdown → HTML → blocks, so Markdown and HTML inputs get the same placeholders and tags. */
export function parseMarkdown(markdown: string, baseUrl: string | null = null): ParsedBlock[] {
  return parseHtmlFragment(renderMarkdownToHtml(markdown), baseUrl);
}
