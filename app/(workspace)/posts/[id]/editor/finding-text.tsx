import { SegmentText } from "@/app/_components/segment-text";
import type { Finding } from "@/lib/qa/types";

/** The target text with each QA finding underlined (wavy, with its message on hover and for screen readers). */
export function FindingText({ text, findings, lang }: { text: string; findings: Finding[]; lang: string }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor || finding.end <= finding.start) continue; // overlapping or whole-segment
    if (finding.start > cursor)
      parts.push(<SegmentText key={`t${cursor}`} text={text.slice(cursor, finding.start)} lang={lang} />);
    parts.push(
      <mark
        key={`f${finding.start}`}
        title={finding.message}
        className={`bg-transparent underline decoration-2 decoration-wavy underline-offset-4 ${finding.severity === "error" ? "decoration-red-600" : "decoration-amber-500"}`}
      >
        <SegmentText text={text.slice(finding.start, finding.end) || " "} lang={lang} />
      </mark>,
    );
    cursor = finding.end;
  }
  if (cursor < text.length) parts.push(<SegmentText key={`t${cursor}`} text={text.slice(cursor)} lang={lang} />);
  return <span lang={lang}>{parts}</span>;
}
