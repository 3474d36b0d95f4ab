// The production server: what `npm start` ends in, one plain `node dist/serve.mjs` process (compiled with the app
// by scripts/build.mjs), which a process manager may also run itself after `node dist/start.mjs`. Next answers
// every page and route; the editor's save is answered here first: through Next's request pipeline it cost ~3 ms
// of CPU of which the work itself was 0.6 ms (bench/editor-speed.ts); this path runs the very same handler
// (lib/server/segments/handle-segment-save.ts) without it.
// SIGTERM or SIGINT: stop accepting, let requests in flight finish (open event streams get a few seconds), exit 0.
import http from "node:http";
import { createRequire } from "node:module";
import v8 from "node:v8";
import { applyRuntimeDefaults, keepWebAssemblyOnBaselineCompiler } from "@/lib/server/infrastructure/runtime-env";

keepWebAssemblyOnBaselineCompiler();
applyRuntimeDefaults();
// Before Next and React are loaded: they pick their production builds from it
Object.assign(process.env, { NODE_ENV: "production" });
// required, not imported: Next is CommonJS, and importing it from ESM first scans its sources for named exports
const next = createRequire(import.meta.url)("next") as typeof import("next").default;

// The save path's modules (session decoding, the database) load after the first answer, not before: the boot
// and that first answer do not wait for them
let saveHandler: Promise<typeof import("@/lib/server/segments/handle-segment-save")> | undefined;
const loadSaveHandler = () => {
  saveHandler ??= import("@/lib/server/segments/handle-segment-save");
  return saveHandler;
};

const SAVE_PATH = /^\/api\/segments\/(\d+)$/;
const MAX_BODY_BYTES = 200_000;
const SHUTDOWN_GRACE_MS = 3000;

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();

function answer(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
    "cache-control": "no-store",
  });
  res.end(json);
}

function saveSegmentRequest(req: http.IncomingMessage, res: http.ServerResponse, segmentId: string) {
  let body = "";
  let size = 0;
  req.setEncoding("utf8");
  req.on("data", (chunk: string) => {
    size += Buffer.byteLength(chunk);
    if (size <= MAX_BODY_BYTES) body += chunk;
  });
  req.on("end", async () => {
    if (size > MAX_BODY_BYTES) {
      return answer(res, 413, { error: { code: "payload_too_large", message: "This segment is too large." } });
    }
    const { handleSegmentSave } = await loadSaveHandler();
    const result = await handleSegmentSave({
      cookieHeader: req.headers.cookie,
      origin: req.headers.origin,
      host: req.headers.host,
      segmentId,
      body,
    });
    answer(res, result.status, result.body);
  });
}

await app.prepare();
const server = http.createServer((req, res) => {
  if (!saveHandler) res.once("finish", () => void loadSaveHandler());
  const match = req.method === "POST" && req.url ? SAVE_PATH.exec(req.url.split("?")[0]) : null;
  if (match) saveSegmentRequest(req, res, match[1]);
  else void handle(req, res);
});

server.on("error", (error: NodeJS.ErrnoException) => {
  const reason = error.code === "EADDRINUSE" ? `port ${port} is already in use` : error.message;
  console.error(`serve: ${reason}`);
  process.exit(1);
});

// A terminal's Ctrl-C reaches the server twice (from the terminal, and forwarded by npm): a repeated signal while
// stopping changes nothing, and the stop is bounded anyway
let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping (requests in flight finish first)`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // event streams (presence) never end by themselves
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  setTimeout(() => {
    console.error("serve: requests still open after the grace period, exiting anyway");
    process.exit(1);
  }, 4 * SHUTDOWN_GRACE_MS).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

server.listen(port, () => {
  const heapLimitMb = Math.round(v8.getHeapStatistics().heap_size_limit / 1048576);
  console.log(`✓ Ready on http://localhost:${port} (V8 heap limit ${heapLimitMb} MB)`);
  console.log(`\n  Retouche is running at http://localhost:${port}\n  Database: ${process.env.DATABASE_URL}\n`);
});
