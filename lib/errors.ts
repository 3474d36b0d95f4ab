// One error type for the whole app. Use cases throw it; route handlers and server actions map it once
// (lib/server/infrastructure/respond.ts) to an HTTP status and a message key of the catalogue (messages/*.json, "errors.*").
export const ERROR_CODES = [
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "payload_too_large",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra, safe-to-show details (field errors, the current version on a conflict…). */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/** The catalogue key of the message shown to users for this code. */
export function messageKeyOf(code: ErrorCode): `errors.${ErrorCode}` {
  return `errors.${code}`;
}

/** What a server action returns to the browser (lib/server/infrastructure/respond.ts builds it). */
export type ActionError = { code: ErrorCode; message: string; details?: Record<string, unknown> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
