// Inline-markup placeholders ({1}…{/1}, {2/}) must all come through, once each, properly paired and nested, and
// links must keep their exact address.

import { findPlaceholders, type Placeholder } from "@/lib/text/placeholders";
import { createFinding, wholeTargetSpan } from "../create-finding";
import type { Check, Finding } from "../types";

const MESSAGES = {
  missing: (tag: string) => `The tag ${tag} of the source is missing from the translation.`,
  extra: (tag: string) => `The tag ${tag} is not in the source (or appears more often than in the source).`,
  unclosed: (tag: string) => `The tag ${tag} is opened but never closed.`,
  unopened: (tag: string) => `The tag ${tag} closes a tag that is not open here.`,
  crossed: (tag: string) => `The tag ${tag} closes before the tag opened inside it: tags must nest.`,
  urlChanged: (url: string) => `This link differs from the source: ${url}`,
  urlMissing: (url: string) => `The link ${url} of the source is missing from the translation.`,
};

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>«»"“”]+/giu;
const URL_TRAILING_PROSE = /[.,;:!?)\]'’»]+$/u;

export const tagsCheck: Check = {
  id: "tags",
  name: "Tags and links",
  severity: "error",
  run(source, target) {
    const findings: Finding[] = [];
    findTagCountIssues(source, target, findings);
    const sourceIsBalanced = findNestingIssues(findPlaceholders(source)).length === 0;
    if (sourceIsBalanced) {
      // A tag already reported as extra needs no second finding about its pairing
      const reported = new Set(findings.map((finding) => finding.start));
      for (const issue of findNestingIssues(findPlaceholders(target))) {
        if (reported.has(issue.tag.start)) continue;
        findings.push(createFinding(tagsCheck, issue.tag.start, issue.tag.end, issue.message));
      }
    }
    findUrlIssues(source, target, findings);
    return findings;
  },
};

function findTagCountIssues(source: string, target: string, findings: Finding[]): void {
  const sourceCounts = new Map<string, number>();
  for (const tag of findPlaceholders(source)) sourceCounts.set(tag.text, (sourceCounts.get(tag.text) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const tag of findPlaceholders(target)) {
    const count = (seen.get(tag.text) ?? 0) + 1;
    seen.set(tag.text, count);
    if (count > (sourceCounts.get(tag.text) ?? 0)) {
      findings.push(createFinding(tagsCheck, tag.start, tag.end, MESSAGES.extra(tag.text), ""));
    }
  }
  const span = wholeTargetSpan(target);
  for (const [tag, count] of sourceCounts) {
    if ((seen.get(tag) ?? 0) < count)
      findings.push(createFinding(tagsCheck, span.start, span.end, MESSAGES.missing(tag)));
  }
}

function findNestingIssues(tags: Placeholder[]): { tag: Placeholder; message: string }[] {
  const issues: { tag: Placeholder; message: string }[] = [];
  const open: Placeholder[] = [];
  for (const tag of tags) {
    if (tag.kind === "open") open.push(tag);
    if (tag.kind !== "close") continue;
    const at = open.findLastIndex((candidate) => candidate.id === tag.id);
    if (at < 0) issues.push({ tag, message: MESSAGES.unopened(tag.text) });
    else {
      if (at !== open.length - 1) issues.push({ tag, message: MESSAGES.crossed(tag.text) });
      open.splice(at, 1);
    }
  }
  for (const tag of open) issues.push({ tag, message: MESSAGES.unclosed(tag.text) });
  return issues;
}

function findUrls(text: string): { url: string; start: number; end: number }[] {
  if (!/https?:|www\./i.test(text)) return [];
  return [...text.matchAll(URL_PATTERN)].map((match) => {
    const url = match[0].replace(URL_TRAILING_PROSE, "");
    return { url, start: match.index, end: match.index + url.length };
  });
}

function findUrlIssues(source: string, target: string, findings: Finding[]): void {
  const sourceUrls = findUrls(source).map((found) => found.url);
  const targetUrls = findUrls(target);
  const unused = [...sourceUrls];
  const changed = [];
  for (const found of targetUrls) {
    const at = unused.indexOf(found.url);
    if (at >= 0) unused.splice(at, 1);
    else changed.push(found);
  }
  for (const found of changed) {
    // With a single candidate the original address is the obvious fix
    const fix = unused.length === 1 && changed.length === 1 ? unused[0] : null;
    findings.push(createFinding(tagsCheck, found.start, found.end, MESSAGES.urlChanged(found.url), fix));
  }
  const span = wholeTargetSpan(target);
  for (const url of unused.slice(changed.length)) {
    findings.push(createFinding(tagsCheck, span.start, span.end, MESSAGES.urlMissing(url)));
  }
}
