import type { ActionError } from "@/lib/errors";
import type { SaveKind } from "@/lib/workflow/revision-kinds";
import type { SegmentState } from "@/lib/workflow/segment-states";

export type SavedSegment = { id: number; text: string; state: SegmentState; version: number; updatedBy: string | null };

export type SaveAnswer =
  | { ok: true; segment: SavedSegment }
  | { ok: false; conflict: SavedSegment }
  | { ok: false; error: ActionError };

/** POST /api/segments/:id — the editor's save, with the version the text was based on. */
export async function requestSave(
  segmentId: number,
  body: { text: string; baseVersion: number; kind: SaveKind },
): Promise<SaveAnswer> {
  let response: Response;
  try {
    response = await fetch(`/api/segments/${segmentId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: { code: "internal", message: "No connection: your text is kept in this browser." } };
  }
  const json = (await response.json().catch(() => null)) as {
    segment?: SavedSegment;
    error?: ActionError & { details?: { current?: SavedSegment } };
  } | null;
  if (response.ok && json?.segment) return { ok: true, segment: json.segment };
  if (response.status === 409 && json?.error?.details?.current)
    return { ok: false, conflict: json.error.details.current };
  return { ok: false, error: json?.error ?? { code: "internal", message: `HTTP ${response.status}` } };
}
