import "server-only";
import type { ActionResult } from "@/lib/errors";
import { describeError, toAppError } from "./describe-error";

/** Route handlers: map any error to its status and a JSON body `{ error: { code, message } }`. */
export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}

/**
 * Server actions: run the use case and return a serialisable result. Next's own control-flow throws
 * (redirect, notFound) must pass through untouched.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const appError = toAppError(error);
    return { ok: false, error: { code: appError.code, message: appError.message, details: appError.details } };
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"));
}
