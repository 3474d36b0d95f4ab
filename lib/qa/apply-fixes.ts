import type { Finding } from "./types";

export function applyFix(target: string, finding: Finding): string {
  if (finding.fix === null) return target;
  return target.slice(0, finding.start) + finding.fix + target.slice(finding.end);
}

/** Applies every fix that does not overlap an earlier one, right to left so that offsets stay valid. */
export function applyFixes(target: string, findings: Finding[]): string {
  const chosen: Finding[] = [];
  const candidates = findings
    .filter((finding) => finding.fix !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of candidates) {
    const last = chosen[chosen.length - 1];
    if (last && (finding.start < last.end || (finding.start === last.start && finding.end === last.end))) continue;
    chosen.push(finding);
  }
  let result = target;
  for (const finding of chosen.reverse()) result = applyFix(result, finding);
  return result;
}
