import { describe, expect, it } from "vitest";
import { SEGMENT_STATES, type SegmentState } from "./segment-states";
import { nextSegmentState, type SegmentEvent } from "./segment-transitions";

const EVENTS: Record<string, SegmentEvent> = {
  edit: { type: "edit", text: "corrigé", mtText: "machine" },
  "edit back to the machine text": { type: "edit", text: "machine", mtText: "machine" },
  confirm: { type: "confirm" },
  approve: { type: "approve" },
  return: { type: "return" },
};

// Every state × event, written out: the whole table is the specification.
const EXPECTED: Record<SegmentState, Record<keyof typeof EVENTS, SegmentState | null>> = {
  MT: {
    edit: "EDITED",
    "edit back to the machine text": "MT",
    confirm: "CONFIRMED",
    approve: "APPROVED",
    return: "RETURNED",
  },
  EDITED: {
    edit: "EDITED",
    "edit back to the machine text": "MT",
    confirm: null,
    approve: "APPROVED",
    return: "RETURNED",
  },
  CONFIRMED: {
    edit: "EDITED",
    "edit back to the machine text": "MT",
    confirm: null,
    approve: "APPROVED",
    return: "RETURNED",
  },
  APPROVED: { edit: "EDITED", "edit back to the machine text": "MT", confirm: null, approve: null, return: "RETURNED" },
  RETURNED: {
    edit: "EDITED",
    "edit back to the machine text": "MT",
    confirm: "CONFIRMED",
    approve: "APPROVED",
    return: null,
  },
};

describe("nextSegmentState", () => {
  for (const state of SEGMENT_STATES) {
    for (const [name, event] of Object.entries(EVENTS)) {
      const expected = EXPECTED[state][name];
      it(`${state} + ${name} → ${expected ?? "refused"}`, () => {
        const result = nextSegmentState(state, event);
        if (expected === null) expect(result).toMatchObject({ ok: false, reason: expect.any(String) });
        else expect(result).toEqual({ ok: true, state: expected });
      });
    }
  }
});
