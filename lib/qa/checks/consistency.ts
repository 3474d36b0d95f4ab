// Within a post, the same source sentence should read the same in the translation: a title repeated as a
// heading, a call to action at the top and the bottom.

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { stripPlaceholders } from "@/lib/text/placeholders";
import { createFinding, quote, wholeTargetSpan } from "../create-finding";
import type { Check, PostContext } from "../types";

const MESSAGES = {
  inconsistent: (language: string, position: number, other: string) =>
    `The same ${language} sentence is translated differently in segment ${position}: "${other}".`,
};

const MIN_WORDS = 2;

type IndexedSegment = { id: string; position: number; target: string; normalisedTarget: string };
const indexes = new WeakMap<PostContext["segments"], Map<string, IndexedSegment[]>>();

export const consistencyCheck: Check = {
  id: "consistency",
  name: "Consistency within the post",
  severity: "warning",
  run(source, target, ctx) {
    if (!ctx.post || ctx.segmentId === undefined) return [];
    const key = normaliseSource(source);
    if (key.split(" ").length < MIN_WORDS) return [];
    const others = indexPost(ctx.post).get(key) ?? [];
    if (others.length < 2) return [];
    const own = normaliseTarget(target);
    if (own === "") return [];
    const differing = others.find(
      (other) => other.id !== ctx.segmentId && other.normalisedTarget !== "" && other.normalisedTarget !== own,
    );
    if (!differing) return [];
    const span = wholeTargetSpan(target);
    const language = getLanguageProfile(ctx.sourceLang).name;
    return [
      createFinding(
        consistencyCheck,
        span.start,
        span.end,
        MESSAGES.inconsistent(language, differing.position, quote(stripPlaceholders(differing.target))),
      ),
    ];
  },
};

/** Built once per post (the segments array is the key), so a whole post is checked in linear time. */
function indexPost(post: PostContext): Map<string, IndexedSegment[]> {
  const cached = indexes.get(post.segments);
  if (cached) return cached;
  const index = new Map<string, IndexedSegment[]>();
  post.segments.forEach((segment, i) => {
    const key = normaliseSource(segment.sourceText);
    const entry = {
      id: segment.id,
      position: i + 1,
      target: segment.targetText,
      normalisedTarget: normaliseTarget(segment.targetText),
    };
    const group = index.get(key);
    if (group) group.push(entry);
    else index.set(key, [entry]);
  });
  indexes.set(post.segments, index);
  return index;
}

function normaliseSource(text: string): string {
  return stripPlaceholders(text).replace(/\s+/gu, " ").trim();
}

function normaliseTarget(text: string): string {
  return stripPlaceholders(text)
    .replace(/[\s\u00A0\u202F]+/gu, " ")
    .trim();
}
