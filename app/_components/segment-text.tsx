import { tokenizePlaceholderText } from "@/lib/text/placeholders";

// Segment text with its inline-tag placeholders ({1}, {/1}, {2/}) as small chips, never as raw markup.
export function SegmentText({ text, lang }: { text: string; lang: string }) {
  return (
    <span lang={lang}>
      {tokenizePlaceholderText(text).map((token, index) =>
        token.type === "text" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional and never reordered
          <span key={index}>{token.value}</span>
        ) : (
          <TagChip
            // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional and never reordered
            key={index}
            label={token.type === "open" ? token.id : token.type === "close" ? `/${token.id}` : `${token.id}/`}
          />
        ),
      )}
    </span>
  );
}

export function TagChip({ label }: { label: string }) {
  return (
    <span className="mx-0.5 inline-block rounded border border-stone-300 bg-stone-100 px-1 align-baseline font-mono text-[0.7rem] leading-4 text-stone-700">
      <span className="sr-only">tag </span>
      {label}
    </span>
  );
}
