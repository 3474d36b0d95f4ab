import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapseWhitespace } from "./collapse-whitespace";
import { convertHtmlToBlocks } from "./html-to-blocks";
import { IngestError } from "./ingest-error";
import { measureHtml } from "./measure-html";
import { normalizeForComparison } from "./parse-plain-text";
import { findElements, readSanitizedHtml, textContent } from "./read-sanitized-html";
import { type ChromeTag, sanitizeArticleHtml } from "./sanitize-article-html";
import type { ParsedBlock } from "./types";

const FULL_PAGE_RE = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
// Real article pages have a few thousand tags nested a few dozen deep.
const MAX_READABILITY_TAGS = 15_000;
const MAX_NESTING_DEPTH = 500;

/**
 * Parses HTML into blocks. A full page goes through Readability first so navigation, sidebars and
 * footers are left out; a fragment (or a page Readability cannot read) is used as it is.
 * `title` is the page's own title when it had one (Readability's, refined by the page's h1).
 */
export function parseHtml(
  html: string,
  options: { url?: string } = {},
): { blocks: ParsedBlock[]; title: string | null } {
  const url = options.url ?? null;
  if (!FULL_PAGE_RE.test(html)) return { blocks: parseHtmlFragment(html, url), title: null };
  const shape = checkHtmlShape(html);
  // Readability time grows fast with page size; a page this big is not one article anyway.
  const article = shape.tags <= MAX_READABILITY_TAGS ? extractArticle(html) : null;
  if (article) {
    const blocks = parseHtmlFragment(article.content, url);
    if (blocks.length > 0) return { blocks, title: article.title };
  }
  // A short page Readability would not judge, or one it could not read: take the page's own
  // <article> or <main> (or the body), minus navigation, sidebars and footers. Headers go too,
  // unless an <article>/<main> root will leave the page header out (and keep the article's h1).
  const hasRoot = /<(?:article|main)[\s>]/i.test(html);
  const dropChrome: ChromeTag[] = hasRoot ? ["nav", "aside", "footer"] : ["nav", "aside", "footer", "header"];
  const clean = callLibrary(() => sanitizeArticleHtml(html, { dropChrome }));
  const page = readSanitizedHtml(clean);
  const articles = findElements(page, "article");
  const root = (articles.length === 1 ? articles[0] : null) ?? findElements(page, "main")[0] ?? page;
  const firstHeading = findElements(page, "h1")[0];
  const heading = firstHeading ? collapseWhitespace(textContent(firstHeading)) : "";
  return { blocks: convertHtmlToBlocks(root, url), title: heading || readTitleElement(html) };
}

/** Sanitizes an HTML fragment and converts it to blocks; no article extraction. */
export function parseHtmlFragment(
  html: string,
  baseUrl: string | null = null,
  options: { dropChrome: readonly ChromeTag[] } = { dropChrome: [] },
): ParsedBlock[] {
  checkHtmlShape(html);
  const clean = callLibrary(() => sanitizeArticleHtml(html, options));
  return convertHtmlToBlocks(readSanitizedHtml(clean), baseUrl);
}

function checkHtmlShape(html: string): { tags: number; depth: number } {
  const shape = measureHtml(html);
  if (shape.depth > MAX_NESTING_DEPTH) {
    throw new IngestError(
      "MALFORMED",
      `This HTML is nested more than ${MAX_NESTING_DEPTH.toLocaleString("en")} levels deep; it cannot be an article page. Check that the file is not damaged.`,
    );
  }
  return shape;
}

// The page's <title>, read without building a DOM for the whole raw page.
function readTitleElement(html: string): string | null {
  const match = /<title[^>]*>([^<]{0,2000})<\/title>/i.exec(html);
  if (!match) return null;
  const text = textContent(
    readSanitizedHtml(callLibrary(() => sanitizeArticleHtml(`<p>${match[1]}</p>`, { dropChrome: [] }))),
  );
  return collapseWhitespace(text) || null;
}

function extractArticle(html: string): { title: string | null; content: string } | null {
  const { document } = loadDocument(html);
  const headings = Array.from(document.querySelectorAll("h1"), (h1) => collapseWhitespace(h1.textContent ?? ""));
  const result = callLibrary(() => {
    try {
      // Readability on a page with little text grabs the whole body, chrome included.
      if (!isProbablyReaderable(document)) return null;
      return new Readability(document, { keepClasses: false }).parse();
    } catch {
      // Readability walks arbitrary markup; on a page it cannot handle, fall back to the body.
      return null;
    }
  });
  if (!result?.content || !result.textContent?.trim()) return null;
  return { title: refineTitle(collapseWhitespace(result.title ?? ""), headings), content: result.content };
}

/**
 * Readability's title often keeps the site name ("My Post | EFF"); prefer the page's h1 when the
 * title contains it.
 */
function refineTitle(title: string, headings: string[]): string | null {
  const normalizedTitle = normalizeForComparison(title);
  for (const heading of headings) {
    const normalizedHeading = normalizeForComparison(heading);
    if (normalizedHeading.length >= 3 && normalizedTitle.includes(normalizedHeading)) return heading;
  }
  return title || headings[0] || null;
}

function loadDocument(html: string): { document: Document } {
  return callLibrary(() => parseHTML(html));
}

/** Library failures on hostile markup become a volunteer-readable error, never a bare crash. */
function callLibrary<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError("MALFORMED", "This HTML could not be read; check that it is a web page or an HTML file.");
  }
}
