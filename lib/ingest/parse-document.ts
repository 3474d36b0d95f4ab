import { extractMtProvenance } from "./extract-provenance";
import { fileExtension, guessFormat } from "./guess-format";
import { IngestError } from "./ingest-error";
import { parseHtml } from "./parse-html";
import { parseMarkdown } from "./parse-markdown";
import { parsePlainText } from "./parse-plain-text";
import { promoteTitle } from "./promote-title";
import { readInputText } from "./read-input-text";
import type { InputFormat, ParsedBlock, ParsedDocument } from "./types";

export { guessFormat } from "./guess-format";
export { MAX_INPUT_BYTES } from "./read-input-text";

const FORMATS: readonly InputFormat[] = ["text", "markdown", "html"];

// Text-based formats people may try that we cannot read (binary ones are caught as BINARY first).
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  pdf: "PDF",
  doc: "Word",
  docx: "Word",
  odt: "OpenDocument",
  rtf: "RTF",
  epub: "EPUB",
  pages: "Pages",
  xml: "XML",
  json: "JSON",
  csv: "CSV",
  srt: "subtitle",
  xliff: "XLIFF",
  xlf: "XLIFF",
  tmx: "TMX",
};

/**
 * Parses an article (plain text, Markdown or HTML) into blocks, with its title and the
 * machine-translation provenance footer taken out. Validates first (DESIGN §7): throws
 * IngestError EMPTY, BINARY, TOO_LARGE, UNSUPPORTED_FORMAT or NO_CONTENT with a message a
 * volunteer can act on. `url` is where the content came from; it resolves relative links.
 */
export function parseDocument(input: {
  content: string | Uint8Array;
  format?: InputFormat;
  filename?: string;
  url?: string;
}): ParsedDocument {
  const text = readInputText(input?.content);
  const format = chooseFormat(text, input);
  let blocks: ParsedBlock[];
  let pageTitle: string | null = null;
  if (format === "html") {
    const page = parseHtml(text, { url: input.url });
    blocks = page.blocks;
    pageTitle = page.title;
  } else if (format === "markdown") {
    blocks = parseMarkdown(text, input.url ?? null);
  } else {
    blocks = parsePlainText(text);
  }
  const { blocks: body, provenance } = extractMtProvenance(blocks);
  if (body.length === 0) {
    throw new IngestError(
      "NO_CONTENT",
      provenance
        ? "We found only the machine-translation note, no article text."
        : "We found no article text in this input.",
    );
  }
  const titled = promoteTitle(body, format, pageTitle);
  return { title: titled.title, blocks: titled.blocks, provenance };
}

function chooseFormat(text: string, input: { format?: unknown; filename?: string }): InputFormat {
  if (input.format !== undefined) {
    if (FORMATS.includes(input.format as InputFormat)) return input.format as InputFormat;
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      `The format "${String(input.format)}" is not supported; use plain text, Markdown or HTML.`,
    );
  }
  const extension = fileExtension(input.filename);
  const unsupported =
    extension && Object.hasOwn(UNSUPPORTED_EXTENSIONS, extension) ? UNSUPPORTED_EXTENSIONS[extension] : undefined;
  if (unsupported) {
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      `${unsupported} files (.${extension}) are not supported; paste the text, or use a .txt, .md or .html file.`,
    );
  }
  const start = text.trimStart().slice(0, 500);
  if (start.startsWith("{\\rtf")) {
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      "RTF documents are not supported; save the file as plain text or HTML.",
    );
  }
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(start)) {
    throw new IngestError(
      "UNSUPPORTED_FORMAT",
      "This is a news feed (RSS or Atom), not an article; import it as a feed instead.",
    );
  }
  return guessFormat(text, input.filename);
}
