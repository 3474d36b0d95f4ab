import "server-only";
import { escapeHtmlText } from "@/lib/export/escape-html";
import { buildPostDraft } from "@/lib/ingest/build-post-draft";
import { parseDocument } from "@/lib/ingest/parse-document";
import { readSeedPost } from "../../../e2e/support/factories";

// The import pipeline's first run in a process is 3-5x slower than the next ones: V8 has not compiled the
// segmenter's and aligner's hot loops yet, and HTML parsing loads its DOM on first use. The pipeline runs once on
// the seed post (nothing is stored) so that the first publisher's import is not that run. Returns how long it took.
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

let scheduled = false;

/**
 * The warm-up, once, right after the current request: the import page calls it. Next bundles server code once
 * per layer, and only the copy in the import page's layer runs the publisher's import (its server actions), so
 * a warm-up at boot (instrumentation's layer) loaded a second pipeline and warmed nothing that imports use.
 */
export function scheduleImportWarmUp(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    try {
      console.log(`import pipeline warmed up in ${Math.round(warmUpImport())} ms`);
    } catch (error) {
      // only a speed-up: the import works without it, so say why and go on
      console.warn(`import pipeline warm-up skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, 0);
}
