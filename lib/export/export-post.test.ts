import { describe, expect, it } from "vitest";
import { buildSamplePost } from "./__fixtures__/sample-post";
import { EXPORT_FORMATS, exportPost, isExportFormat } from "./export-post";

describe("exportPost", () => {
  const post = buildSamplePost();

  it.each([
    ["html", "text/html; charset=utf-8", "html", "<!DOCTYPE html>"],
    ["md", "text/markdown; charset=utf-8", "md", "---\ntitle:"],
    ["txt", "text/plain; charset=utf-8", "txt", "Interdire la reconnaissance faciale\n"],
    ["json", "application/json; charset=utf-8", "json", '{\n  "format": "retouche-post"'],
    [
      "xliff",
      "application/xliff+xml; charset=utf-8",
      "xlf",
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"',
    ],
    [
      "xliff12",
      "application/xliff+xml; charset=utf-8",
      "xlf",
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"',
    ],
    [
      "tmx",
      "application/x-tmx+xml; charset=utf-8",
      "tmx",
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">',
    ],
  ] as const)("%s", (format, contentType, extension, start) => {
    const file = exportPost(post, format);
    expect(file.contentType).toBe(contentType);
    expect(file.extension).toBe(extension);
    expect(file.body.startsWith(start)).toBe(true);
    expect(file.body.endsWith("\n")).toBe(true);
  });

  it("knows its formats", () => {
    expect(EXPORT_FORMATS).toEqual(["html", "md", "txt", "json", "xliff", "xliff12", "tmx"]);
    expect(isExportFormat("xliff12")).toBe(true);
    expect(isExportFormat("pdf")).toBe(false);
    expect(isExportFormat("toString")).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });

  it("is pure: the same post gives the same bytes", () => {
    for (const format of EXPORT_FORMATS)
      expect(exportPost(post, format).body).toBe(exportPost(buildSamplePost(), format).body);
  });
});
