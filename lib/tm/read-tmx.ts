// A streaming TMX 1.4b reader. Text goes in by chunks and units come out as soon as each </tu> is read, so a
// file of any size is read in bounded memory (one unit at a time, plus the caller's batch). Any error — XML
// that is not well formed, an element TMX does not allow where it stands, a missing language — throws an
// AppError("invalid_input") whose message starts with the line ("line 12: …"); the reader is then done.
// All-or-nothing is the caller's part: readTmx() returns nothing on error, and a store that inserts
// batches from readTmxStream() does it in one transaction that the error rolls back.

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { AppError } from "@/lib/errors";
import { escapePlaceholderText } from "@/lib/text/placeholders";
import type { TmxCode, TmxDocument, TmxHeader, TmxProp, TmxUnit, TmxVariant } from "./tmx-document";

export type TmxProgress = { units: number; line: number; bytes?: number };

export type TmxReaderOptions = {
  /** Called every `progressEvery` units (default 1,000) and once at the end. */
  onProgress?: (progress: TmxProgress) => void;
  progressEvery?: number;
  /** A unit's text (all its languages) may not exceed this many characters (default 1,000,000). */
  maxUnitChars?: number;
};

export type TmxReader = {
  /** Reads the next piece of the document; returns the units completed by it. */
  write(chunk: string): TmxUnit[];
  /** Ends the document (checks it is complete); returns the last units. */
  end(): TmxUnit[];
  /** The header, once read (it comes before the first unit). */
  readonly header: TmxHeader | null;
  readonly unitCount: number;
  readonly line: number;
};

const SUPPORTED_VERSIONS = new Set(["1.1", "1.2", "1.3", "1.4", "1.4b"]);
const CODE_ELEMENTS = new Set(["bpt", "ept", "it", "ph", "ut"]);
const INLINE_ELEMENTS = new Set([...CODE_ELEMENTS, "hi"]);
const ALLOWED_CHILDREN: Record<string, ReadonlySet<string>> = {
  tmx: new Set(["header", "body"]),
  header: new Set(["note", "prop", "ude"]),
  ude: new Set(["map"]),
  map: new Set(),
  body: new Set(["tu"]),
  tu: new Set(["note", "prop", "tuv"]),
  tuv: new Set(["note", "prop", "seg"]),
  seg: INLINE_ELEMENTS,
  hi: INLINE_ELEMENTS,
  bpt: new Set(["sub"]),
  ept: new Set(["sub"]),
  it: new Set(["sub"]),
  ph: new Set(["sub"]),
  ut: new Set(["sub"]),
  sub: INLINE_ELEMENTS,
  note: new Set(),
  prop: new Set(),
};
const PLACEHOLDER_NUMBER = /^[1-9]\d{0,5}$/;

type SegmentBuilder = {
  parts: string[];
  codes: Record<string, TmxCode>;
  used: Set<string>;
  next: number;
  /** <bpt> not yet closed, by their `i`: the placeholder's part, in case it must become isolated. */
  openPairs: Map<string, { id: string; part: number }>;
  /** The elements whose text goes into native code rather than into the segment text. */
  capture: { code: TmxCode; field: "open" | "close"; depth: number; ept?: { i: string | undefined } } | null;
  /** <hi> elements open, innermost last. */
  highlights: string[];
};

export function createTmxReader(options: TmxReaderOptions = {}): TmxReader {
  const progressEvery = options.progressEvery ?? 1000;
  const maxUnitChars = options.maxUnitChars ?? 1_000_000;
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: string[] = [];
  let header: TmxHeader | null = null;
  let headerDone = false;
  let sawRoot = false;
  let unit: TmxUnit | null = null;
  let unitChars = 0;
  let variant: TmxVariant | null = null;
  let segment: SegmentBuilder | null = null;
  let segmentCount = 0;
  let textSink: { kind: "note" | "prop"; value: string; prop?: TmxProp } | null = null;
  let completed: TmxUnit[] = [];
  let unitCount = 0;
  let failed: AppError | null = null;
  let ended = false;
  let finalLine = 0;

  const fail = (message: string): never => {
    throw new AppError("invalid_input", `line ${parser.line}: ${message}`, { line: parser.line });
  };

  parser.on("opentag", (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (sawRoot) fail("the document has more than one root element.");
      if (name !== "tmx") fail(`this is not a TMX file: its root element is <${name}>, not <tmx>.`);
      const version = attribute(tag, "version");
      if (!version || !SUPPORTED_VERSIONS.has(version.trim())) {
        fail(`TMX version "${version ?? "(none)"}" is not one Retouche reads (1.1 to 1.4b).`);
      }
      sawRoot = true;
    } else if (!ALLOWED_CHILDREN[parent]?.has(name)) {
      fail(`<${name}> is not allowed inside <${parent}>.`);
    }
    stack.push(name);
    if (segment?.capture) {
      // A <sub> inside a code, or a code inside that <sub>: its text belongs to the outer code
      segment.capture.depth++;
      return;
    }
    switch (name) {
      case "header":
        if (header) fail("the file has two <header> elements.");
        header = { attributes: attributesOf(tag), notes: [], props: [] };
        if (!header.attributes.srclang) fail("<header> has no srclang attribute: the source language is unknown.");
        return;
      case "body":
        if (!header) fail("<body> comes before <header>: a TMX file starts with its header.");
        headerDone = true;
        return;
      case "tu":
        unit = { attributes: attributesOf(tag), notes: [], props: [], variants: [] };
        unitChars = 0;
        return;
      case "tuv": {
        const lang = attribute(tag, "xml:lang") ?? attribute(tag, "lang");
        if (!lang?.trim()) fail("<tuv> has no xml:lang attribute.");
        const attributes = attributesOf(tag);
        delete attributes["xml:lang"];
        delete attributes.lang;
        variant = { lang: (lang as string).trim(), text: "", codes: {}, attributes, notes: [], props: [] };
        segmentCount = 0;
        return;
      }
      case "seg":
        segmentCount++;
        if (segmentCount > 1) fail("<tuv> has more than one <seg>.");
        segment = {
          parts: [],
          codes: {},
          used: new Set(),
          next: 1,
          openPairs: new Map(),
          capture: null,
          highlights: [],
        };
        return;
      case "note":
        textSink = { kind: "note", value: "" };
        return;
      case "prop": {
        const type = attribute(tag, "type");
        if (!type) fail("<prop> has no type attribute.");
        const lang = attribute(tag, "xml:lang");
        const prop: TmxProp = lang ? { type: type as string, value: "", lang } : { type: type as string, value: "" };
        textSink = { kind: "prop", value: "", prop };
        return;
      }
      case "ude":
      case "map":
        return;
      default:
        if (segment) openInline(segment, name, tag);
    }
  });

  parser.on("closetag", (tag) => {
    const name = stack.pop();
    if (segment?.capture) {
      if (segment.capture.depth > 0) {
        segment.capture.depth--;
        return;
      }
      closeCode(segment);
      return;
    }
    switch (name ?? tag.name) {
      case "note":
      case "prop": {
        const sink = textSink;
        textSink = null;
        if (!sink) return;
        const owner = variant ?? unit ?? (headerDone ? null : header);
        if (!owner) return;
        if (sink.kind === "note") owner.notes.push(sink.value);
        else if (sink.prop) owner.props.push({ ...sink.prop, value: sink.value });
        return;
      }
      case "hi":
        if (segment) segment.parts.push(`{/${segment.highlights.pop()}}`);
        return;
      case "seg": {
        if (!segment || !variant) return;
        // A <bpt> whose <ept> never came is half a pair: an isolated begin
        for (const { id, part } of segment.openPairs.values()) {
          segment.parts[part] = `{${id}/}`;
          segment.codes[id].kind = "isolated-begin";
        }
        variant.text = segment.parts.join("");
        variant.codes = segment.codes;
        segment = null;
        return;
      }
      case "tuv":
        if (!variant || !unit) return;
        if (segmentCount === 0) fail("<tuv> has no <seg>.");
        unitChars += variant.text.length;
        if (unitChars > maxUnitChars) fail(`this unit is longer than ${maxUnitChars.toLocaleString("en")} characters.`);
        unit.variants.push(variant);
        variant = null;
        return;
      case "tu":
        if (!unit) return;
        if (unit.variants.length === 0) fail("<tu> has no <tuv>.");
        completed.push(unit);
        unit = null;
        unitCount++;
        if (options.onProgress && unitCount % progressEvery === 0) {
          options.onProgress({ units: unitCount, line: parser.line });
        }
        return;
      case "header":
        headerDone = true;
        return;
      default:
        return;
    }
  });

  const onText = (text: string) => {
    if (segment?.capture) {
      segment.capture.code[segment.capture.field] += text;
      unitChars += text.length;
    } else if (segment) {
      segment.parts.push(text.includes("{") || text.includes("}") ? escapePlaceholderText(text) : text);
    } else if (textSink) {
      textSink.value += text;
    } else if (text.trim() !== "" && stack[stack.length - 1] !== "map") {
      const where = stack[stack.length - 1];
      // The parser is past the text: name the line where the stray text starts
      const start = text.search(/\S/);
      const line = parser.line - (text.slice(start).match(/\n/g)?.length ?? 0);
      throw new AppError(
        "invalid_input",
        `line ${line}: ${where ? `text is not allowed directly inside <${where}>.` : "text outside the <tmx> element."}`,
        { line },
      );
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  function openInline(builder: SegmentBuilder, name: string, tag: SaxesTagPlain): void {
    const type = attribute(tag, "type");
    const withType = (code: TmxCode): TmxCode => (type ? { ...code, type } : code);
    if (name === "hi") {
      const id = allocateId(builder, attribute(tag, "x"));
      builder.codes[id] = withType({ kind: "highlight", open: "", close: "" });
      builder.parts.push(`{${id}}`);
      builder.highlights.push(id);
      return;
    }
    if (name === "ept") {
      const i = attribute(tag, "i");
      const pending = i === undefined ? undefined : builder.openPairs.get(i);
      if (pending) {
        builder.capture = { code: builder.codes[pending.id], field: "close", depth: 0, ept: { i } };
      } else {
        // An <ept> without its <bpt>: an isolated end, numbered now
        const id = allocateId(builder, undefined);
        const code = withType({ kind: "isolated-end", open: "", close: "" });
        builder.codes[id] = code;
        builder.parts.push(`{${id}/}`);
        builder.capture = { code, field: "open", depth: 0 };
      }
      return;
    }
    const id = allocateId(builder, attribute(tag, "x"));
    if (name === "bpt") {
      const code = withType({ kind: "pair", open: "", close: "" });
      builder.codes[id] = code;
      builder.parts.push(`{${id}}`);
      const i = attribute(tag, "i");
      if (i !== undefined) builder.openPairs.set(i, { id, part: builder.parts.length - 1 });
      builder.capture = { code, field: "open", depth: 0 };
      return;
    }
    let kind: TmxCode["kind"] = "standalone";
    if (name === "it") {
      const position = attribute(tag, "pos");
      if (position !== "begin" && position !== "end")
        fail(`<it> needs pos="begin" or pos="end", not "${position ?? ""}".`);
      kind = position === "begin" ? "isolated-begin" : "isolated-end";
    }
    const code = withType({ kind, open: "", close: "" });
    builder.codes[id] = code;
    builder.parts.push(`{${id}/}`);
    builder.capture = { code, field: "open", depth: 0 };
  }

  function closeCode(builder: SegmentBuilder): void {
    const capture = builder.capture;
    builder.capture = null;
    if (!capture?.ept) return;
    const pending = capture.ept.i === undefined ? undefined : builder.openPairs.get(capture.ept.i);
    if (!pending || capture.ept.i === undefined) return;
    builder.openPairs.delete(capture.ept.i);
    builder.parts.push(`{/${pending.id}}`);
  }

  const run = (step: () => void): TmxUnit[] => {
    if (failed) throw failed;
    if (ended) throw new AppError("invalid_input", "the TMX reader has already ended.");
    try {
      step();
    } catch (error) {
      failed = asReadError(error, parser.line);
      throw failed;
    }
    const out = completed;
    completed = [];
    return out;
  };

  return {
    write: (chunk) => run(() => parser.write(chunk)),
    end: () =>
      run(() => {
        if (!sawRoot && stack.length === 0) fail("the file is empty: it has no <tmx> element.");
        // close() resets the parser's position: keep the last line for the report
        const lastLine = parser.line;
        parser.close();
        if (!header) fail("the file has no <header>.");
        ended = true;
        finalLine = lastLine;
        options.onProgress?.({ units: unitCount, line: lastLine });
      }),
    get header() {
      return header;
    },
    get unitCount() {
      return unitCount;
    },
    get line() {
      return ended ? finalLine : parser.line;
    },
  };
}

/** A whole TMX document from a string: every unit, or an error and nothing. */
export function readTmx(text: string, options: TmxReaderOptions = {}): TmxDocument {
  const reader = createTmxReader(options);
  const units = reader.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  units.push(...reader.end());
  return { header: reader.header as TmxHeader, units };
}

export type TmxBatch = { header: TmxHeader; units: TmxUnit[] };

/**
 * Reads a TMX file from a stream of bytes (UTF-8 or UTF-16 with its byte-order mark, or the encoding its
 * XML declaration names) or of strings, yielding the units in batches as they are read. Progress counts
 * bytes too. Stop consuming on an error: what was yielded before it must not be kept.
 */
export async function* readTmxStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: TmxReaderOptions & { batchSize?: number } = {},
): AsyncGenerator<TmxBatch> {
  let bytes = 0;
  const reader = createTmxReader({
    ...options,
    onProgress: options.onProgress ? (progress) => options.onProgress?.({ ...progress, bytes }) : undefined,
  });
  const batchSize = options.batchSize ?? 500;
  const batch: TmxUnit[] = [];
  const decoder = createDecoder();
  for await (const chunk of chunks) {
    if (typeof chunk !== "string") bytes += chunk.byteLength;
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, reader.line);
    if (!text) continue;
    batch.push(...reader.write(text));
    while (batch.length >= batchSize && reader.header)
      yield { header: reader.header, units: batch.splice(0, batchSize) };
  }
  const rest = decoder.flush(reader.line);
  if (rest) batch.push(...reader.write(rest));
  batch.push(...reader.end());
  while (batch.length > 0 && reader.header) yield { header: reader.header, units: batch.splice(0, batchSize) };
}

/** Decodes bytes once the encoding is known: from the byte-order mark, else the XML declaration, else UTF-8. */
function createDecoder(): { decode(bytes: Uint8Array, line: number): string; flush(line: number): string } {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array = new Uint8Array(0);
  const decodeWith = (bytes: Uint8Array, line: number, stream: boolean): string => {
    try {
      return (decoder as TextDecoder).decode(bytes, { stream });
    } catch {
      throw new AppError(
        "invalid_input",
        `line ${line}: the file is not valid ${(decoder as TextDecoder).encoding.toUpperCase()} text.`,
        { line },
      );
    }
  };
  const start = (bytes: Uint8Array, line: number, final: boolean): string => {
    head = concat(head, bytes);
    // The byte-order mark, or the XML declaration, must be complete to choose
    if (!final && head.length < 4) return "";
    if (!final && head.length < 200 && !hasDeclarationEnd(head)) return "";
    let encoding = "utf-8";
    let skip = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
    else if (head[0] === 0xff && head[1] === 0xfe) [encoding, skip] = ["utf-16le", 2];
    else if (head[0] === 0xfe && head[1] === 0xff) [encoding, skip] = ["utf-16be", 2];
    else if (head[0] === 0x3c && head[1] === 0x00) encoding = "utf-16le";
    else if (head[0] === 0x00 && head[1] === 0x3c) encoding = "utf-16be";
    else encoding = declaredEncoding(head) ?? "utf-8";
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new AppError("invalid_input", `line 1: the file's encoding "${encoding}" is not one Retouche reads.`, {
        line: 1,
      });
    }
    const bytesAfterMark = head.subarray(skip);
    head = new Uint8Array(0);
    return decodeWith(bytesAfterMark, line, !final);
  };
  return {
    decode: (bytes, line) => (decoder ? decodeWith(bytes, line, true) : start(bytes, line, false)),
    flush: (line) => (decoder ? decodeWith(new Uint8Array(0), line, false) : start(new Uint8Array(0), line, true)),
  };
}

function hasDeclarationEnd(bytes: Uint8Array): boolean {
  return bytes.includes(0x3e /* > */);
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const ascii = String.fromCharCode(...bytes.subarray(0, 200));
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1] ?? null;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function allocateId(builder: SegmentBuilder, x: string | undefined): string {
  // TMX's x links a code to its counterpart in the other languages: keep it as the placeholder number
  if (x !== undefined && PLACEHOLDER_NUMBER.test(x) && !builder.used.has(x)) {
    builder.used.add(x);
    return x;
  }
  while (builder.used.has(String(builder.next))) builder.next++;
  const id = String(builder.next++);
  builder.used.add(id);
  return id;
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const value = tag.attributes[name];
  return typeof value === "string" ? value : undefined;
}

function attributesOf(tag: SaxesTagPlain): Record<string, string> {
  // Without namespace processing saxes gives every attribute as a string
  return { ...tag.attributes };
}

function asReadError(error: unknown, line: number): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // saxes writes "line:column: message"
  const position = /^(\d+):(\d+): (.*)$/s.exec(message);
  if (position) {
    const at = Number(position[1]);
    return new AppError("invalid_input", `line ${at}: the XML is malformed (${position[3].replace(/\.$/, "")}).`, {
      line: at,
    });
  }
  return new AppError("invalid_input", `line ${line}: ${message}`, { line });
}
