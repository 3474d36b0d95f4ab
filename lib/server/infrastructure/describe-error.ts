import { AppError, httpStatusOf, isAppError } from "@/lib/errors";

// The one mapping from any error to what the client gets. No "server-only" guard: the lean save server
// (scripts/serve.ts) answers through it too.

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  // never a swallowed error: log the real one, answer with a code the UI knows
  console.error(error);
  return new AppError("internal", "Something went wrong on our side. It has been logged.");
}

export function describeError(error: unknown): { status: number; body: { error: Record<string, unknown> } } {
  const appError = toAppError(error);
  return {
    status: httpStatusOf(appError.code),
    body: { error: { code: appError.code, message: appError.message, details: appError.details } },
  };
}
