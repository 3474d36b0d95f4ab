import type { SegmentState } from "./segment-states";

// The segment state machine (DESIGN.md §3, issue "Review"): every change of a segment's state goes through here.
//   machine → edited / confirmed → approved or returned; returned → edited → …; approved and edited again → back
//   to review (edited). An edit that brings the text back to the machine text puts the segment back to "machine".
export type SegmentEvent =
  | { type: "edit"; text: string; mtText: string }
  | { type: "confirm" }
  | { type: "approve" }
  | { type: "return" };

export type Transition = { ok: true; state: SegmentState } | { ok: false; reason: string };

export function nextSegmentState(current: SegmentState, event: SegmentEvent): Transition {
  switch (event.type) {
    case "edit":
      return { ok: true, state: event.text === event.mtText ? "MT" : "EDITED" };
    case "confirm":
      if (current === "MT" || current === "RETURNED") return { ok: true, state: "CONFIRMED" };
      return { ok: false, reason: `a segment that is ${current.toLowerCase()} cannot be confirmed as machine text` };
    case "approve":
      if (current === "APPROVED") return { ok: false, reason: "this segment is already approved" };
      return { ok: true, state: "APPROVED" };
    case "return":
      if (current === "RETURNED") return { ok: false, reason: "this segment is already returned" };
      return { ok: true, state: "RETURNED" };
  }
}
