"use client";

import { stripPlaceholders } from "@/lib/text/placeholders";
import type { EditorBlock, EditorSegment } from "./editor-types";

/** The corrected article as it will read once published; a click on a sentence goes back to its row. */
export function ReadingView({
  blocks,
  segmentsByBlock,
  drafts,
  lang,
  onPick,
  pickLabel,
}: {
  blocks: EditorBlock[];
  segmentsByBlock: Map<number, EditorSegment[]>;
  drafts: Map<number, string>;
  lang: string;
  onPick: (segmentId: number) => void;
  pickLabel: (segmentId: number) => string;
}) {
  return (
    <article lang={lang} className="card mx-auto max-w-3xl px-6 py-8 font-serif text-lg leading-relaxed sm:px-10">
      {blocks.map((block) => {
        const segments = segmentsByBlock.get(block.id) ?? [];
        if (segments.length === 0) return null;
        const sentences = segments.map((segment, index) => (
          <span key={segment.id}>
            {index > 0 ? " " : null}
            <button
              type="button"
              onClick={() => onPick(segment.id)}
              title={pickLabel(segment.id)}
              className="rounded-sm text-left hover:bg-accent-50 focus-visible:bg-accent-50"
            >
              {stripPlaceholders(drafts.get(segment.id) ?? segment.targetText)}
            </button>
          </span>
        ));
        if (block.kind === "title")
          return (
            <h2 key={block.id} className="mb-6 text-3xl font-semibold">
              {sentences}
            </h2>
          );
        if (block.kind.startsWith("heading"))
          return (
            <h3 key={block.id} className="mt-8 mb-3 text-2xl font-semibold">
              {sentences}
            </h3>
          );
        if (block.kind === "quote")
          return (
            <blockquote key={block.id} className="my-4 border-l-4 border-stone-300 pl-4 text-stone-700 italic">
              {sentences}
            </blockquote>
          );
        if (block.kind === "list-item")
          return (
            <p key={block.id} className="my-1 pl-6 before:-ml-4 before:inline-block before:w-4 before:content-['•']">
              {sentences}
            </p>
          );
        return (
          <p key={block.id} className="my-4">
            {sentences}
          </p>
        );
      })}
    </article>
  );
}
