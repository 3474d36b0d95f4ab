import { IngestError } from "./ingest-error";

/** Largest input we accept, in bytes of UTF-8 (DESIGN §7: cap sizes). About 300,000 words. */
export const MAX_INPUT_BYTES = 2_000_000;

const BINARY_MESSAGE = "This looks like a binary file (e.g. a PDF or an image), not text.";

// Magic numbers of the files volunteers most often pick by mistake.
const BINARY_SIGNATURES: ReadonlyArray<readonly number[]> = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, ODT, EPUB
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x1f, 0x8b], // gzip
];

/**
 * Turns raw input into validated text: not empty, not binary, not over the size cap.
 * A leading byte-order mark is removed. Throws IngestError EMPTY, BINARY or TOO_LARGE.
 */
export function readInputText(content: unknown): string {
  if (content === null || content === undefined) throw emptyError();
  let text: string;
  if (typeof content === "string") {
    if (content.length === 0) throw emptyError();
    const bytes = countUtf8Bytes(content);
    if (bytes > MAX_INPUT_BYTES) throw tooLargeError(bytes);
    if (startsWithBinarySignature(content)) throw new IngestError("BINARY", BINARY_MESSAGE);
    text = content;
  } else if (content instanceof Uint8Array) {
    if (content.byteLength === 0) throw emptyError();
    if (content.byteLength > MAX_INPUT_BYTES) throw tooLargeError(content.byteLength);
    text = decodeBytes(content);
  } else {
    throw new IngestError("UNSUPPORTED_FORMAT", "The input must be text or the bytes of a text file.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new IngestError("BINARY", BINARY_MESSAGE);
  if (text.trim().length === 0) throw emptyError();
  return text;
}

function emptyError(): IngestError {
  return new IngestError("EMPTY", "The file is empty.");
}

function tooLargeError(bytes: number): IngestError {
  // Rounded up so a file just over the cap never reads as "2.0 MB; the limit is 2 MB".
  const megabytes = (Math.ceil(bytes / 100_000) / 10).toFixed(1);
  const limit = MAX_INPUT_BYTES / 1_000_000;
  return new IngestError("TOO_LARGE", `The text is ${megabytes} MB; the limit is ${limit} MB.`);
}

function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function startsWithBinarySignature(text: string): boolean {
  return BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => text.charCodeAt(i) === byte));
}

function decodeBytes(bytes: Uint8Array): string {
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) {
    throw new IngestError("BINARY", BINARY_MESSAGE);
  }
  // Windows tools still save UTF-16 with a BOM; decode it rather than calling it binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrThrow("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrThrow("utf-16be", bytes.subarray(2));
  if (bytes.includes(0)) throw new IngestError("BINARY", BINARY_MESSAGE);
  return decodeOrThrow("utf-8", bytes);
}

function decodeOrThrow(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Either a binary file or text in a legacy encoding (Latin-1, Windows-1252); say both.
    throw new IngestError(
      "BINARY",
      "This file is not valid UTF-8 text: it looks like a binary file (e.g. a PDF or an image), or text saved in an old encoding. Save it as UTF-8 text and try again.",
    );
  }
}

/** NUL characters, or many control characters, mean the "text" is really binary data. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    // U+FFFD appears when binary data was decoded as text somewhere upstream.
    if (isControl || code === 0xfffd) suspicious++;
  }
  return suspicious > 8 && suspicious / sample.length > 0.05;
}
