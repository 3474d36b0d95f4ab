import { describe, expect, it } from "vitest";
import { formatFindingsAsText, toFindingRecords } from "./format-findings";
import type { Finding } from "./types";

const finding: Finding = {
  check: "typography",
  severity: "error",
  start: 16,
  end: 17,
  message: 'In French, "?" takes a narrow no-break space before it.',
  fix: "\u202F?",
};

describe("format-findings", () => {
  it("gives the CLI's JSON records", () => {
    expect(toFindingRecords([{ segment: 3, target: "Où est Microsoft?", findings: [finding] }])).toEqual([
      { segment: 3, ...finding },
    ]);
  });

  it("lists findings with their context, names invisible spaces and sums up", () => {
    const text = formatFindingsAsText([
      { segment: 0, target: "Où est Microsoft?", findings: [finding] },
      { segment: 1, target: "Rien.", findings: [] },
    ]);
    expect(text).toBe(
      [
        'line 1, 16-17  error  typography: In French, "?" takes a narrow no-break space before it.',
        "    Où est Microsoft⟦?⟧",
        '    fix: "?" → "[nnbsp]?"',
        "1 findings (1 errors, 0 warnings) on 1 lines.",
      ].join("\n"),
    );
    expect(formatFindingsAsText([])).toBe("No findings.");
  });
});
