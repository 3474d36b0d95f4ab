// Exports a post in one of the download formats.
//   npm run --silent export -- --post ID|SLUG --format html|md|txt|json|xliff|xliff12|tmx [--out FILE] [--as EMAIL]
// Prints the file on standard output (and nothing else), or writes it to --out. Runs as --as, by default the
// first admin. Exit codes: 0 done, 1 error (one line on stderr), 2 bad usage.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, exportPost, isExportFormat } from "@/lib/export/export-post";
import { db } from "@/lib/server/db";
import { loadExportPost, readPostRef } from "@/lib/server/publishing/load-export-post";
import { findActor } from "./find-actor";
// @ts-expect-error plain ESM script without types
import { deployIfPending } from "./prisma-migrate.mjs";

const USAGE = `usage: npm run --silent export -- --post ID|SLUG --format ${EXPORT_FORMATS.join("|")} [--out FILE] [--as EMAIL]`;

class UsageError extends Error {}

function readArguments() {
  let values: { post?: string; format?: string; out?: string; as?: string };
  try {
    ({ values } = parseArgs({
      options: {
        post: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        as: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.post?.trim()) throw new UsageError("give --post ID|SLUG");
  if (!values.format) throw new UsageError("give --format");
  if (!isExportFormat(values.format)) throw new UsageError(`unknown format "${values.format}"`);
  return { post: values.post, format: values.format, out: values.out, as: values.as };
}

async function main() {
  const args = readArguments();
  await deployIfPending(process.env.DATABASE_URL ?? "file:./data/retouche.db");
  const actor = await findActor(args.as);
  const post = await loadExportPost({ actor, ...readPostRef(args.post) });
  const file = exportPost(post, args.format);
  if (args.out) writeFileSync(args.out, file.body);
  else process.stdout.write(file.body);
}

main()
  .catch((error) => {
    const message = error instanceof Error ? error.message : String(error);
    // One line, whatever went wrong; bad usage also says how to call the command.
    console.error(`export: ${message.split("\n")[0]}${error instanceof UsageError ? ` (${USAGE})` : ""}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  })
  .finally(() => db().$disconnect());
