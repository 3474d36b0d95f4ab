import type { Check, Finding } from "./types";

export function createFinding(
  check: Pick<Check, "id" | "severity">,
  start: number,
  end: number,
  message: string,
  fix: string | null = null,
): Finding {
  return { check: check.id, severity: check.severity, start, end, message, fix };
}

/** The target without its leading and trailing whitespace, for findings about the segment as a whole. */
export function wholeTargetSpan(target: string): { start: number; end: number } {
  const start = target.length - target.trimStart().length;
  const end = target.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: target.length };
}

/** Shortens a quotation for a message. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
