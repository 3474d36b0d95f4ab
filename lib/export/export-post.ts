import type { ExportPost } from "./export-types";
import { renderArticleHtml } from "./render-html";
import { renderPostJson } from "./render-json";
import { renderArticleMarkdown } from "./render-markdown";
import { renderArticleText } from "./render-text";
import { renderTmx } from "./render-tmx";
import { renderXliff2 } from "./render-xliff2";
import { renderXliff12 } from "./render-xliff12";

export const EXPORT_FORMATS = ["html", "md", "txt", "json", "xliff", "xliff12", "tmx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { body: string; contentType: string; extension: string };

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

const EXPORTERS: Record<
  ExportFormat,
  { render: (post: ExportPost) => string; contentType: string; extension: string }
> = {
  // A download is a document of its own: full HTML page with credits and provenance.
  html: {
    render: (post) => renderArticleHtml(post, { standalone: true }),
    contentType: "text/html; charset=utf-8",
    extension: "html",
  },
  md: { render: renderArticleMarkdown, contentType: "text/markdown; charset=utf-8", extension: "md" },
  txt: { render: renderArticleText, contentType: "text/plain; charset=utf-8", extension: "txt" },
  json: { render: renderPostJson, contentType: "application/json; charset=utf-8", extension: "json" },
  xliff: { render: renderXliff2, contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" },
  xliff12: { render: renderXliff12, contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" },
  // TMX has no registered media type; this is the one tools commonly use.
  tmx: { render: renderTmx, contentType: "application/x-tmx+xml; charset=utf-8", extension: "tmx" },
};

/** Renders the post in one export format, with what a download response needs. */
export function exportPost(post: ExportPost, format: ExportFormat): ExportedFile {
  const exporter = EXPORTERS[format];
  return { body: exporter.render(post), contentType: exporter.contentType, extension: exporter.extension };
}
