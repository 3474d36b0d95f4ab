// The production server behind `npm start`: Next for every page and route, and the editor's save answered here
// first. A save through Next's request pipeline cost ~3 ms of CPU of which the work itself was 0.6 ms
// (bench/editor-speed.ts); this path runs the very same handler (lib/server/segments/handle-segment-save.ts) without it.
import http from "node:http";
import next from "next";
import { handleSegmentSave } from "@/lib/server/segments/handle-segment-save";

const SAVE_PATH = /^\/api\/segments\/(\d+)$/;
const MAX_BODY_BYTES = 200_000;

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
http
  .createServer((req, res) => {
    const match = req.method === "POST" && req.url ? SAVE_PATH.exec(req.url.split("?")[0]) : null;
    if (match) saveSegmentRequest(req, res, match[1]);
    else void handle(req, res);
  })
  .listen(port, () => console.log(`✓ Ready on http://localhost:${port}`));
