// Imports a machine-translated post (and its English source) into the configured database.
//   npm run --silent import -- --mt FILE|URL [--source FILE|URL] [--source-lang en] [--target-lang fr] [--as EMAIL] [--json]
//   npm run --silent import -- --feed FILE|URL [--target-lang fr] [--json]
// Without --source, the source is fetched from the URL in the MT's footer. Runs as --as (a publisher or admin),
// by default the first admin.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "@/lib/server/db";
import { importFeed } from "@/lib/server/posts/import-feed";
import { type ImportInput, importPost } from "@/lib/server/posts/import-post";
import { findActor } from "./find-actor";
// @ts-expect-error plain ESM script without types
import { deployIfPending } from "./prisma-migrate.mjs";

const { values } = parseArgs({
  options: {
    mt: { type: "string" },
    source: { type: "string" },
    feed: { type: "string" },
    "source-lang": { type: "string", default: "en" },
    "target-lang": { type: "string", default: "fr" },
    as: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

function toInput(value: string): ImportInput {
  if (/^https?:\/\//i.test(value)) return { kind: "url", url: value };
  return { kind: "file", filename: path.basename(value), bytes: new Uint8Array(readFileSync(value)) };
}

async function main() {
  await deployIfPending(process.env.DATABASE_URL ?? "file:./data/retouche.db");
  const actor = await findActor(values.as);
  if (values.feed) {
    const feed = /^https?:\/\//i.test(values.feed)
      ? ({ kind: "url", url: values.feed } as const)
      : ({ kind: "text", text: readFileSync(values.feed, "utf8") } as const);
    const results = await importFeed({
      actor,
      feed,
      targetLang: values["target-lang"],
      onProgress: (r, done, total) => {
        if (!values.json) {
          const what = r.status === "failed" ? r.error : `post ${r.post.id} ${r.post.slug}`;
          console.log(`[${done}/${total}] ${r.status}: ${r.title} — ${what}`);
        }
      },
    });
    if (values.json) console.log(JSON.stringify(results));
    if (results.some((r) => r.status === "failed")) process.exitCode = 1;
    return;
  }
  if (!values.mt) throw new Error("give --mt FILE|URL (and --source FILE|URL), or --feed FILE|URL");
  const post = await importPost({
    actor,
    mt: toInput(values.mt),
    source: values.source ? toInput(values.source) : undefined,
    sourceLang: values["source-lang"],
    targetLang: values["target-lang"],
  });
  if (values.json) {
    const { id, slug, title, sourceUrl, sourceDate, blocks, segments, lowConfidence } = post;
    console.log(JSON.stringify({ id, slug, title, sourceUrl, sourceDate, blocks, segments, lowConfidence }));
  } else {
    console.log(
      `Imported post ${post.id} "${post.slug}": ${post.segments} segments in ${post.blocks} blocks, ${post.lowConfidence} with low alignment confidence.`,
    );
  }
}

main()
  .catch((error) => {
    console.error(`import: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
