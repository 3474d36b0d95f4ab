import { escapeHtmlText } from "@/lib/export/escape-html";
import { buildPostDraft } from "@/lib/ingest/build-post-draft";
import { parseDocument } from "@/lib/ingest/parse-document";
import { readSeedPost } from "../../../e2e/support/factories";

// The import pipeline's first run in a process is 3-5x slower than the next ones: V8 has not compiled the
// segmenter's and aligner's hot loops yet, and HTML parsing loads its DOM on first use. The server runs the
// pipeline once at boot on the seed post (nothing is stored) so that the first publisher's import is not that
// run. Returns how long it took, for the boot log.
export function warmUpImport(): number {
  const started = performance.now();
  const { source, mt } = readSeedPost();
  const paragraphsAsHtml = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${escapeHtmlText(paragraph)}</p>`)
      .join("\n");
  for (const format of ["text", "markdown", "html"] as const) {
    const render = format === "html" ? paragraphsAsHtml : (text: string) => text;
    buildPostDraft({
      source: parseDocument({ content: render(source), format }),
      mt: parseDocument({ content: render(mt), format }),
      sourceLang: "en",
      targetLang: "fr",
    });
  }
  return performance.now() - started;
}
