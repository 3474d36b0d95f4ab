// Revision kinds that are a translator's work on the text (credits, contributors, "the translator's version" in
// the review queue). Imports, reviewer edits and confirmations are not.
export const TRANSLATION_REVISION_KINDS = ["edit", "autofix", "revert", "split", "merge", "xliff-import"] as const;
