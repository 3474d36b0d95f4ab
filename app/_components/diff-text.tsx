import { SegmentText } from "@/app/_components/segment-text";
import { diffWords } from "@/lib/diff/diff-words";

/** `before` → `after` word by word: removed words struck through, added ones underlined (not only coloured). */
export function DiffText({ before, after, lang }: { before: string; after: string; lang: string }) {
  return (
    <span lang={lang}>
      {diffWords(before, after).map((part, index) => {
        const key = `${index}-${part.kind}`;
        if (part.kind === "same") return <SegmentText key={key} text={part.text} lang={lang} />;
        if (part.kind === "added") {
          return (
            <ins key={key} className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700">
              <SegmentText text={part.text} lang={lang} />
            </ins>
          );
        }
        return (
          <del key={key} className="rounded-sm bg-red-100 text-red-900 decoration-red-700">
            {/\S/.test(part.text) ? (
              <SegmentText text={part.text} lang={lang} />
            ) : (
              // a removed space would be invisible: show it
              <>
                <span className="sr-only">space</span>
                <span aria-hidden="true">␣</span>
              </>
            )}
          </del>
        );
      })}
    </span>
  );
}
