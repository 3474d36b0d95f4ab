#!/usr/bin/env node
// The production build, made once: Next's (`next build`, into .next/) and our own server and start-up script
// compiled to plain JavaScript (esbuild, into dist/), so that nothing compiles TypeScript when the app runs.
//   node scripts/build.mjs              build (`npm run build`)
//   node scripts/build.mjs --if-stale   only when a source is newer than the last build (as `npm start` does)
// Plain JavaScript itself: it runs on a fresh clone, before anything is compiled.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What the server is built from: a change to any of these makes the build stale. */
export const BUILD_INPUTS = [
  "app",
  "lib",
  "i18n",
  "messages",
  "generated",
  "proxy.ts",
  "auth.config.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "scripts/serve.ts",
  "scripts/start.ts",
  "scripts/build.mjs",
  "scripts/load-demo-data.ts",
  "e2e/support/factories.ts",
];

/** The compiled entry points, run by `npm start` (and by a process manager: start, then serve). */
export const ENTRY_POINTS = { start: "scripts/start.ts", serve: "scripts/serve.ts" };
export const DIST_DIR = "dist";
// Loaded from node_modules rather than bundled: Next (the server shares it with .next/), native addons and the
// packages that read files next to themselves
const KEEP_EXTERNAL = [
  "next",
  "next/*",
  "better-sqlite3",
  "@node-rs/argon2",
  "nodehun",
  "@prisma/schema-engine-wasm",
  "@prisma/schema-engine-wasm/*",
  "dictionary-*",
];
const BUILD_INFO = "dist/build-info.json";

// Tests and notes beside the sources are not part of the build
const NOT_BUILT = /\.test\.tsx?$|\.md$/;

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return NOT_BUILT.test(entry) ? 0 : stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Why the last build cannot be used as it is, or null when it can. */
export function staleBuildReason(root = projectRoot) {
  const info = path.join(root, BUILD_INFO);
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(info) || !existsSync(buildId)) return "no complete build yet";
  const recorded = JSON.parse(readFileSync(info, "utf8"));
  if (recorded.nextBuildId !== readFileSync(buildId, "utf8").trim()) return ".next was rebuilt without dist/";
  for (const name of Object.keys(ENTRY_POINTS)) {
    if (!existsSync(path.join(root, DIST_DIR, `${name}.mjs`))) return `${DIST_DIR}/${name}.mjs is missing`;
  }
  const built = statSync(info).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** The build's date, and whether it is stale: for the benches, which measure the build as it is. */
export function describeBuild(root = projectRoot) {
  const info = path.join(root, BUILD_INFO);
  const reason = staleBuildReason(root);
  return {
    built: existsSync(info),
    stale: reason !== null,
    reason,
    builtAt: existsSync(info) ? new Date(statSync(info).mtimeMs).toISOString() : "never",
  };
}

// The build may need more memory than the server is allowed: a heap cap meant for the server
// (NODE_OPTIONS=--max-old-space-size=…, see README) is not passed on to it
function buildEnvironment() {
  const nodeOptions = (process.env.NODE_OPTIONS ?? "").replace(/--max-old-space-size=\d+/g, "").trim();
  return { ...process.env, NODE_OPTIONS: nodeOptions, NEXT_TELEMETRY_DISABLED: "1" };
}

// prisma-migrate.mjs runs its command line when it is the main module: bundled into dist/start.mjs it would
// think it is; it stays a file of its own, imported from where it is.
const keepMigrationScriptApart = {
  name: "keep-prisma-migrate-apart",
  setup(build) {
    build.onResolve({ filter: /prisma-migrate\.mjs$/ }, () => ({
      path: "../scripts/prisma-migrate.mjs",
      external: true,
    }));
  },
};

// `import "server-only"` marks modules that must never reach a browser bundle; its default entry throws, and
// only the react-server condition (Next's server layers) gets the empty one. The compiled scripts are server
// code: they get the empty one too, bundled in.
const serverOnlyIsEmpty = {
  name: "server-only-is-empty",
  setup(build) {
    const empty = path.join(path.dirname(require.resolve("server-only")), "empty.js");
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: empty }));
  },
};

export async function buildServerScripts(root = projectRoot) {
  const { build } = await import("esbuild");
  rmSync(path.join(root, DIST_DIR), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: DIST_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // what is imported on demand (the demo data's import pipeline) is a chunk of its own, loaded only then
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    // Next and native modules are loaded from node_modules; the rest is bundled in, which spares Node's module
    // loader hundreds of small files at every start
    external: KEEP_EXTERNAL,
    banner: {
      js: [
        "// Compiled by scripts/build.mjs from scripts/*.ts: edit those, not this file.",
        'import { createRequire as __createRequire } from "node:module";',
        "const require = __createRequire(import.meta.url);",
      ].join("\n"),
    },
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: "tsconfig.json",
    plugins: [keepMigrationScriptApart, serverOnlyIsEmpty],
    legalComments: "none",
    logLevel: "warning",
  });
  // the migration script is imported by its path from dist/: a chunk one folder down would miss it
  const chunks = path.join(root, DIST_DIR, "chunks");
  for (const chunk of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (readFileSync(path.join(chunks, chunk), "utf8").includes("prisma-migrate.mjs")) {
      throw new Error(`${DIST_DIR}/chunks/${chunk} imports prisma-migrate.mjs: import it from an entry point only`);
    }
  }
}

export async function buildApp(root = projectRoot) {
  const next = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: buildEnvironment(),
  });
  if (next.status !== 0) throw new Error("next build failed");
  await buildServerScripts(root);
  const nextBuildId = readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim();
  mkdirSync(path.join(root, DIST_DIR), { recursive: true });
  writeFileSync(path.join(root, BUILD_INFO), `${JSON.stringify({ nextBuildId, builtAt: new Date().toISOString() })}\n`);
}

async function main() {
  if (process.argv.includes("--if-stale")) {
    const reason = staleBuildReason();
    if (!reason) return;
    console.log(`Building the app (${reason}): a few minutes on a small machine…`);
  }
  await buildApp();
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error(`build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
