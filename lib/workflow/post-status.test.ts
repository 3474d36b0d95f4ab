import { describe, expect, it } from "vitest";
import { derivePostStatus, measureProgress } from "./post-status";

describe("derivePostStatus", () => {
  it("is IMPORTED while nobody touched a segment", () => {
    expect(derivePostStatus({ MT: 10 })).toBe("IMPORTED");
  });

  it("is IN_PROGRESS once some segments are edited or confirmed and some still need work", () => {
    expect(derivePostStatus({ MT: 8, EDITED: 2 })).toBe("IN_PROGRESS");
    expect(derivePostStatus({ CONFIRMED: 9, RETURNED: 1 })).toBe("IN_PROGRESS");
  });

  it("is IN_REVIEW when nothing needs a translator but not all is approved", () => {
    expect(derivePostStatus({ EDITED: 3, CONFIRMED: 2, APPROVED: 5 })).toBe("IN_REVIEW");
  });

  it("is READY when every segment is approved", () => {
    expect(derivePostStatus({ APPROVED: 12 })).toBe("READY");
  });

  it("follows the live publication, and says when segments changed after it", () => {
    expect(derivePostStatus({ APPROVED: 12 }, { live: true, changedSincePublish: false })).toBe("PUBLISHED");
    expect(derivePostStatus({ APPROVED: 11, EDITED: 1 }, { live: true, changedSincePublish: true })).toBe(
      "CHANGED_SINCE_PUBLISH",
    );
  });

  it("treats an empty post as imported", () => {
    expect(derivePostStatus({})).toBe("IMPORTED");
  });
});

describe("measureProgress", () => {
  it("counts returned segments as needing work, not as done", () => {
    expect(measureProgress({ MT: 2, EDITED: 3, CONFIRMED: 1, APPROVED: 4, RETURNED: 2 })).toEqual({
      total: 12,
      translated: 8,
      approved: 4,
      needsWork: 4,
    });
  });
});
