import "server-only";
import { measureUntouchedMt } from "@/lib/metrics/untouched-mt";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { readEnv } from "@/lib/server/infrastructure/env";
import { checkPostQuality } from "@/lib/server/segments/check-post-quality";
import { evaluatePublishGate, type GateResult } from "@/lib/workflow/publish-gate";

/**
 * The publish gate of one post as it stands: every segment approved, no open error-level QA finding, and not too
 * much untouched machine text — where untouched segments a reviewer approved outside a rubber-stamp run count as
 * checked, not as untouched.
 */
export async function evaluatePostGate(options: { actor: CurrentUser; postId: number }): Promise<GateResult> {
  assertCan(options.actor, "post.read");
  const { findings } = await checkPostQuality({ actor: options.actor, postId: options.postId });
  const segments = await db().segment.findMany({
    where: { postId: options.postId },
    select: {
      state: true,
      mtText: true,
      targetText: true,
      reviewDecisions: { orderBy: { id: "desc" }, take: 1, select: { verdict: true, untouched: true, fast: true } },
    },
  });
  const confirmedByReviewer = (s: (typeof segments)[number]) => {
    const last = s.reviewDecisions[0];
    return s.state === "APPROVED" && last?.verdict === "approved" && last.untouched && !last.fast;
  };
  const env = readEnv();
  return evaluatePublishGate(
    {
      segments: segments.length,
      approved: segments.filter((s) => s.state === "APPROVED").length,
      errorFindings: Object.values(findings)
        .flat()
        .filter((f) => f.severity === "error").length,
      untouchedRatio: measureUntouchedMt(segments.filter((s) => !confirmedByReviewer(s))).ratio,
    },
    { warnUntouched: env.PUBLISH_WARN_UNTOUCHED, blockUntouched: env.PUBLISH_BLOCK_UNTOUCHED },
  );
}
