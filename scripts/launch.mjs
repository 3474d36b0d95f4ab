#!/usr/bin/env node
// `npm start`, everything before the server, in one process that then exits: the build when a source changed
// (scripts/build.mjs), then the compiled supervisor (dist/start.mjs: migrations, demo data, first admin).
// package.json then replaces npm's shell with the server (`exec node dist/serve.mjs`). Plain JavaScript: it runs
// on a fresh clone, before anything is compiled.
import { buildApp, staleBuildReason } from "./build.mjs";

const reason = staleBuildReason();
if (reason) {
  console.log(`Building the app (${reason}): a few minutes on a small machine…`);
  try {
    await buildApp();
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
await import("../dist/start.mjs");
