// The publish gate (issue "Publish and export"): what must hold before a corrected article goes out.
// Like Wikipedia's Content Translation, too much untouched machine text warns (85%) and then blocks (95%);
// untouched segments a reviewer deliberately approved (not in a rubber-stamp run) count as checked.

export type GateThresholds = { warnUntouched: number; blockUntouched: number };
export const DEFAULT_GATE_THRESHOLDS: GateThresholds = { warnUntouched: 0.85, blockUntouched: 0.95 };

export type GateInput = {
  segments: number;
  approved: number;
  /** open error-level QA findings */
  errorFindings: number;
  /** share of tokens still identical to the machine text, over the segments no reviewer confirmed */
  untouchedRatio: number;
};

export type GateCheck =
  | { id: "all-approved"; status: "pass" | "fail"; approved: number; segments: number }
  | { id: "no-qa-errors"; status: "pass" | "fail"; errors: number }
  | { id: "untouched-mt"; status: "pass" | "warn" | "fail"; ratio: number; thresholds: GateThresholds };

export type GateResult = { checks: GateCheck[]; passes: boolean };

export function evaluatePublishGate(
  input: GateInput,
  thresholds: GateThresholds = DEFAULT_GATE_THRESHOLDS,
): GateResult {
  const untouched: GateCheck = {
    id: "untouched-mt",
    status:
      input.untouchedRatio > thresholds.blockUntouched
        ? "fail"
        : input.untouchedRatio > thresholds.warnUntouched
          ? "warn"
          : "pass",
    ratio: input.untouchedRatio,
    thresholds,
  };
  const checks: GateCheck[] = [
    {
      id: "all-approved",
      status: input.segments > 0 && input.approved === input.segments ? "pass" : "fail",
      approved: input.approved,
      segments: input.segments,
    },
    { id: "no-qa-errors", status: input.errorFindings === 0 ? "pass" : "fail", errors: input.errorFindings },
    untouched,
  ];
  return { checks, passes: checks.every((c) => c.status !== "fail") };
}
