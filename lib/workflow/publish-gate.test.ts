import { describe, expect, it } from "vitest";
import { evaluatePublishGate } from "./publish-gate";

const ready = { segments: 40, approved: 40, errorFindings: 0, untouchedRatio: 0.3 };

describe("evaluatePublishGate", () => {
  it("passes a fully approved post without errors and little untouched text", () => {
    expect(evaluatePublishGate(ready)).toMatchObject({ passes: true });
  });

  it("fails while a segment is not approved, or an error finding is open", () => {
    const notApproved = evaluatePublishGate({ ...ready, approved: 39 });
    expect(notApproved.passes).toBe(false);
    expect(notApproved.checks.find((c) => c.id === "all-approved")?.status).toBe("fail");
    expect(evaluatePublishGate({ ...ready, errorFindings: 2 }).passes).toBe(false);
    expect(evaluatePublishGate({ ...ready, segments: 0, approved: 0 }).passes).toBe(false);
  });

  it("warns above 85% untouched machine text and blocks above 95%, as Content Translation does", () => {
    const status = (untouchedRatio: number) =>
      evaluatePublishGate({ ...ready, untouchedRatio }).checks.find((c) => c.id === "untouched-mt")?.status;
    expect(status(0.85)).toBe("pass");
    expect(status(0.86)).toBe("warn");
    expect(evaluatePublishGate({ ...ready, untouchedRatio: 0.9 }).passes).toBe(true);
    expect(status(0.96)).toBe("fail");
    expect(evaluatePublishGate({ ...ready, untouchedRatio: 0.96 }).passes).toBe(false);
  });

  it("takes configured thresholds", () => {
    const gate = evaluatePublishGate({ ...ready, untouchedRatio: 0.6 }, { warnUntouched: 0.4, blockUntouched: 0.5 });
    expect(gate.passes).toBe(false);
  });
});
