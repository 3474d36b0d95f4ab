// Every kind of revision a segment can get, in one list: the save validation (lib/server/segments/save-segment.ts),
// the store and the editor's client all read these.

/** What the editor's save may ask for: the kinds a volunteer writes through a save. */
export const SAVE_KINDS = ["edit", "reviewer-edit", "revert", "autofix", "confirm"] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/** Every revision kind: the saves, and those written by imports, splits, merges and XLIFF files read back. */
export const REVISION_KINDS = [...SAVE_KINDS, "import", "split", "merge", "xliff-import"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

// Revision kinds that are a translator's work on the text (credits, contributors, "the translator's version" in
// the review queue). Imports, reviewer edits and confirmations are not.
export const TRANSLATION_REVISION_KINDS = [
  "edit",
  "autofix",
  "revert",
  "split",
  "merge",
  "xliff-import",
] as const satisfies readonly RevisionKind[];
