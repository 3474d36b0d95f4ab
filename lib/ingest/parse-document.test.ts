import { describe, expect, it } from "vitest";
import { IngestError } from "./ingest-error";
import { guessFormat, MAX_INPUT_BYTES, parseDocument } from "./parse-document";

function ingestError(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

const bytes = (...values: number[]) => new Uint8Array(values);
const PDF_HEADER = bytes(...Buffer.from("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, ...Buffer.from("1 0 obj"));
const PNG_HEADER = bytes(
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0x00,
  0x00,
  0x00,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
);

describe("parseDocument: validation", () => {
  it.each([
    ["an empty string", ""],
    ["whitespace only", " \n\t\r\n  \u00a0"],
    ["empty bytes", new Uint8Array()],
    ["a byte-order mark only", bytes(0xef, 0xbb, 0xbf)],
  ])("rejects %s as EMPTY", (_case, content) => {
    const error = ingestError(() => parseDocument({ content }));
    expect(error.code).toBe("EMPTY");
    expect(error.message).toBe("The file is empty.");
  });

  it.each([
    ["PDF bytes", PDF_HEADER],
    ["PNG bytes", PNG_HEADER],
    ["a PDF pasted as text", "%PDF-1.4\n1 0 obj << /Type /Catalog >>"],
    ["text with NUL characters", "abc\u0000def"],
    ["bytes with NUL", bytes(0x61, 0x00, 0x62)],
    ["control characters", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f text"],
  ])("rejects %s as BINARY", (_case, content) => {
    const error = ingestError(() => parseDocument({ content }));
    expect(error.code).toBe("BINARY");
    expect(error.message).toBe("This looks like a binary file (e.g. a PDF or an image), not text.");
  });

  it("rejects invalid UTF-8 as BINARY and mentions encodings", () => {
    const error = ingestError(() => parseDocument({ content: bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x21) }));
    expect(error.code).toBe("BINARY");
    expect(error.message).toMatch(/not valid UTF-8 text.*Save it as UTF-8/);
  });

  it("decodes UTF-8 with a BOM and UTF-16 with a BOM", () => {
    expect(parseDocument({ content: bytes(0xef, 0xbb, 0xbf, ...Buffer.from("Titre\n\nTexte.")) }).title).toBe("Titre");
    const utf16 = Buffer.from("\ufeffTitre\n\nTexte é.", "utf16le");
    expect(parseDocument({ content: new Uint8Array(utf16) }).blocks[1].text).toBe("Texte é.");
  });

  it("rejects input over MAX_INPUT_BYTES as TOO_LARGE with its size", () => {
    expect(MAX_INPUT_BYTES).toBe(2_000_000);
    const error = ingestError(() => parseDocument({ content: "a".repeat(3_400_000) }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("The text is 3.4 MB; the limit is 2 MB.");
    const justOver = ingestError(() => parseDocument({ content: new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61) }));
    expect(justOver.message).toBe("The text is 2.1 MB; the limit is 2 MB.");
  });

  it("counts UTF-8 bytes, not characters", () => {
    const error = ingestError(() => parseDocument({ content: "é".repeat(1_000_001) }));
    expect(error.code).toBe("TOO_LARGE");
    expect(parseDocument({ content: `Titre\n\n${"a".repeat(MAX_INPUT_BYTES - 7)}` }).blocks).toHaveLength(2);
  });

  it.each([
    ["an unknown explicit format", { content: "Texte", format: "docx" as never }, /format "docx" is not supported/],
    ["a .docx file name", { content: "Texte", filename: "post.docx" }, /Word files \(\.docx\) are not supported/],
    ["RTF content", { content: "{\\rtf1\\ansi Texte}" }, /RTF documents are not supported/],
    ["an RSS feed", { content: '<?xml version="1.0"?><rss version="2.0"></rss>' }, /news feed \(RSS or Atom\)/],
  ])("rejects %s as UNSUPPORTED_FORMAT", (_case, input, message) => {
    const error = ingestError(() => parseDocument(input));
    expect(error.code).toBe("UNSUPPORTED_FORMAT");
    expect(error.message).toMatch(message);
  });

  it("rejects input with no text at all as NO_CONTENT", () => {
    for (const input of [
      { content: "<script>alert(1)</script><style>p{}</style>", format: "html" as const },
      { content: "---\n\n***", format: "markdown" as const },
      { content: '<p><img src="a.png"></p>', format: "html" as const },
    ]) {
      const error = ingestError(() => parseDocument(input));
      expect(error.code).toBe("NO_CONTENT");
      expect(error.message).toBe("We found no article text in this input.");
    }
  });

  it("rejects HTML nested absurdly deep as MALFORMED before parsing it", () => {
    const content = `<html><body>${"<div>".repeat(600)}x${"</div>".repeat(600)}</body></html>`;
    const error = ingestError(() => parseDocument({ content }));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toBe(
      "This HTML is nested more than 500 levels deep; it cannot be an article page. Check that the file is not damaged.",
    );
    // Unclosed paragraphs and list items do not nest, and are fine.
    expect(parseDocument({ content: "<p>un".repeat(2000), format: "html" }).blocks).toHaveLength(2000);
  });

  it("says so when only the MT footer is there", () => {
    const error = ingestError(() =>
      parseDocument({ content: "Cet article est une traduction automatique d’un post à l’URL https://eff.org/x." }),
    );
    expect(error.code).toBe("NO_CONTENT");
    expect(error.message).toMatch(/only the machine-translation note/);
  });
});

describe("guessFormat", () => {
  it.each([
    ["content type html", "Texte", undefined, "text/html; charset=utf-8", "html"],
    ["content type markdown", "Texte", undefined, "text/markdown", "markdown"],
    ["extension .html", "Texte", "a/b/post.HTML", undefined, "html"],
    ["extension .md", "Texte", "post.md", undefined, "markdown"],
    ["extension .txt wins over content", "# Titre", "post.txt", undefined, "text"],
    ["a doctype", "  <!DOCTYPE html><html></html>", undefined, undefined, "html"],
    ["an HTML fragment", "<p>Un</p><p>Deux</p>", undefined, undefined, "html"],
    ["Markdown headings and links", "# Titre\n\nVoir [ici](https://eff.org).", undefined, undefined, "markdown"],
    ["Markdown served as text/plain", "# Titre\n\nVoir [ici](https://eff.org).", undefined, "text/plain", "markdown"],
    ["plain MT text", "Titre\n\nL'activisme fonctionne. Il a dit « non ».\n\n- un point", undefined, undefined, "text"],
    ["one stray tag", "Un texte avec <b> seul.", undefined, undefined, "text"],
  ])("recognises %s", (_case, content, filename, contentType, expected) => {
    expect(guessFormat(content, filename, contentType)).toBe(expected);
  });
});
