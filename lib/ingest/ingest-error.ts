export type IngestErrorCode =
  | "EMPTY"
  | "BINARY"
  | "TOO_LARGE"
  | "UNSUPPORTED_FORMAT"
  | "NO_CONTENT"
  | "MALFORMED"
  // set by buildPostDraft: a side in the wrong language, or a source and MT that do not belong together
  | "WRONG_LANGUAGE"
  | "MISMATCHED";

/** A problem with the input itself. `message` is a sentence a volunteer can act on; safe to show as is. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}
