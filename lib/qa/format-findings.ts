// Findings as people read them in a terminal, and as the CLI's JSON. Invisible spaces are named, since the
// difference between a space and a no-break space is the whole point of many findings.

import type { Finding } from "./types";

export type SegmentFindings = { segment: number; target: string; findings: Finding[] };

export type FindingRecord = {
  segment: number;
  check: string;
  severity: Finding["severity"];
  start: number;
  end: number;
  message: string;
  fix: string | null;
};

export function toFindingRecords(results: SegmentFindings[]): FindingRecord[] {
  return results.flatMap(({ segment, findings }) =>
    findings.map((finding) => ({
      segment,
      check: finding.check,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      message: finding.message,
      fix: finding.fix,
    })),
  );
}

const CONTEXT = 30;

export function formatFindingsAsText(results: SegmentFindings[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { segment, target, findings } of results) {
    for (const finding of findings) {
      if (finding.severity === "error") errors++;
      else warnings++;
      lines.push(
        `line ${segment + 1}, ${finding.start}-${finding.end}  ${finding.severity}  ${finding.check}: ${finding.message}`,
      );
      lines.push(`    ${showInContext(target, finding)}`);
      if (finding.fix !== null)
        lines.push(
          `    fix: "${showInvisible(target.slice(finding.start, finding.end))}" → "${showInvisible(finding.fix)}"`,
        );
    }
  }
  const segments = results.filter((result) => result.findings.length > 0).length;
  lines.push(
    lines.length === 0
      ? "No findings."
      : `${errors + warnings} findings (${errors} errors, ${warnings} warnings) on ${segments} lines.`,
  );
  return lines.join("\n");
}

function showInContext(target: string, finding: Finding): string {
  const before = target.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const after = target.slice(finding.end, finding.end + CONTEXT);
  const head = finding.start > CONTEXT ? "…" : "";
  const tail = finding.end + CONTEXT < target.length ? "…" : "";
  const flagged = target.slice(finding.start, finding.end);
  return `${head}${showInvisible(before)}⟦${showInvisible(flagged)}⟧${showInvisible(after)}${tail}`;
}

export function showInvisible(text: string): string {
  return text.replaceAll("\u00A0", "[nbsp]").replaceAll("\u202F", "[nnbsp]").replaceAll("\t", "[tab]");
}
