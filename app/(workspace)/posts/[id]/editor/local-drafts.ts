// Unsaved text survives a reload: each draft is kept in localStorage until the server has it.
const PREFIX = "retouche:draft:";

export type LocalDraft = { text: string; baseVersion: number };

export function readLocalDrafts(segmentIds: number[]): Map<number, LocalDraft> {
  const drafts = new Map<number, LocalDraft>();
  if (typeof window === "undefined") return drafts;
  for (const id of segmentIds) {
    const raw = window.localStorage.getItem(PREFIX + id);
    if (!raw) continue;
    try {
      const draft = JSON.parse(raw) as LocalDraft;
      if (typeof draft.text === "string" && Number.isInteger(draft.baseVersion)) drafts.set(id, draft);
    } catch {
      window.localStorage.removeItem(PREFIX + id);
    }
  }
  return drafts;
}

export function writeLocalDraft(segmentId: number, draft: LocalDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(PREFIX + segmentId, JSON.stringify(draft));
    else window.localStorage.removeItem(PREFIX + segmentId);
  } catch {
    // storage full or disabled: the draft stays in memory only
  }
}
