// Editor speed (issue goal), against the built app (`next start`) on a temporary SQLite database:
//   (a) for a post of 400 segments, the editor page answers from the server in under 150 ms;
//   (b) with 20 editors each saving once every 2 seconds, a save answers in under 25 ms at p95;
//   (c) under a closed loop of 20 connections saving as fast as they can (autocannon), at least 700 saves/s with
//       p95 under 40 ms and zero lost revisions (every successful save is in the history, every stale one got a
//       conflict).
// Run: npx tsx bench/editor-speed.ts [--port N] [--paced-seconds 20] [--loop-seconds 10] [--keep-db]
//      [--profile-server DIR]   (runs the server under node --cpu-prof; the profile lands in DIR when it stops)
//      [--save-page FILE]       (writes the editor page's HTML to FILE)
// Builds the app first only when there is no build (it warns when the sources are newer than the build).
import "./support/server-condition";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
// @ts-expect-error autocannon ships no type declarations
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { createRandom, ms, percentile } from "./import-speed";
import {
  type AppServer,
  describeBuild,
  freePort,
  groupCpuMs,
  request,
  signIn,
  sleep,
  startAppServer,
} from "./support/app-server";
import { createEditorBenchData, EDITORS, runPacedSaves, saveSegment } from "./support/editor-load";

const { values: args } = parseArgs({
  options: {
    port: { type: "string" },
    "paced-seconds": { type: "string", default: "20" },
    "loop-seconds": { type: "string", default: "10" },
    "keep-db": { type: "boolean", default: false },
    // measure plain `next start` (every save through Next's route) instead of `npm start`'s server
    "next-start": { type: "boolean", default: false },
    // diagnosis: run the server under `node --cpu-prof` and leave its .cpuprofile in this folder
    "profile-server": { type: "string" },
    // diagnosis: write the editor page's HTML here
    "save-page": { type: "string" },
  },
});
const PACED_SECONDS = Number(args["paced-seconds"]);
const LOOP_SECONDS = Number(args["loop-seconds"]);
const CONNECTIONS = 20;
const LOOP_SEGMENTS = 100;
const GOALS = { pageMs: 150, pacedP95Ms: 25, loopSavesPerSec: 700, loopP95Ms: 40 };

const root = process.cwd();
const log = (line = "") => console.log(line);

// --- server lifecycle -------------------------------------------------------------------------------------------

let server: AppServer | undefined;

function ensureBuild() {
  const build = describeBuild(root);
  if (!build.built) {
    log("no build yet: running `npm run build` first (a few minutes on 2 cores)…");
    const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (result.status !== 0) throw new Error("`npm run build` failed");
    return;
  }
  log(
    build.stale
      ? `WARNING: ${build.reason} (built ${build.builtAt}); measuring the built app as it is (run \`npm run build\` to include the changes)`
      : `using the existing build (${build.builtAt}), up to date with the sources`,
  );
}

async function startServer(port: number, databaseUrl: string): Promise<string> {
  const profileDir = args["profile-server"];
  const [command, commandArgs] = profileDir
    ? [
        process.execPath,
        [
          "--cpu-prof",
          `--cpu-prof-dir=${path.resolve(profileDir)}`,
          path.join(root, "node_modules/next/dist/bin/next"),
          "start",
          "-p",
          String(port),
        ],
      ]
    : args["next-start"]
      ? ["npx", ["next", "start", "-p", String(port)]]
      : // what `npm start` ends in: Next plus the lean save path, compiled by `npm run build`
        [process.execPath, [path.join(root, "dist/serve.mjs")]];
  server = await startAppServer({
    command,
    args: commandArgs,
    port,
    timeoutMs: 90_000,
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: `bench-${randomBytes(24).toString("hex")}`,
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
    },
  });
  log(`server on port ${port}: /api/health 200 after ${(server.readyMs / 1000).toFixed(1)} s`);
  return server.base;
}

const serverCpuMs = () => groupCpuMs(server?.child.pid);

// --- figures ----------------------------------------------------------------------------------------------------

const stats = (values: number[]) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: values.length ? Math.max(...values) : Number.NaN,
});
const round = (v: number) => Math.round(v * 10) / 10;
const verdict = (ok: boolean) => (ok ? "MET" : "MISSED");

type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
};

type SegmentRow = { id: number; order: number; version: number; mtText: string };

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");
const buildIdNow = () => {
  const file = path.join(root, ".next/BUILD_ID");
  return existsSync(file) ? `${statSync(file).mtimeMs}` : "missing";
};

async function main() {
  ensureBuild();
  const buildAtStart = buildIdNow();
  log(`load average at start: ${load()} (2 cores; other engineers share them)`);
  const dir = mkdtempSync(path.join(tmpdir(), "retouche-editor-bench-"));
  const dbFile = path.join(dir, "bench.db");
  const databaseUrl = `file:${dbFile}`;
  const summary: Record<string, unknown> = { bench: "editor-speed", goals: GOALS };
  const table: [string, string, string, string][] = [];
  try {
    // --- data ---
    const { editors: users, postId, segmentCount } = await createEditorBenchData(databaseUrl, log);

    const sqlite = new Database(dbFile);
    sqlite.pragma("journal_mode = WAL");
    const readSegments = () =>
      sqlite
        .prepare(`SELECT id, "order", version, mtText FROM Segment WHERE postId = ? ORDER BY "order"`)
        .all(postId) as SegmentRow[];
    const segments = readSegments();
    const body = segments.slice(1); // after the title
    const loopSet = body.slice(0, LOOP_SEGMENTS);
    const pacedPool = body.slice(LOOP_SEGMENTS);
    const perEditor = Math.floor(pacedPool.length / EDITORS);

    // --- server ---
    const port = args.port ? Number(args.port) : await freePort();
    const base = await startServer(port, databaseUrl);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

    const signInStart = performance.now();
    const cookies: string[] = [];
    for (const user of users) cookies.push(await signIn(agent, base, user.email, user.password));
    log(`signed in ${cookies.length} translators in ${((performance.now() - signInStart) / 1000).toFixed(1)} s`);

    const save = (cookie: string, segmentId: number, baseVersion: number, text: string) =>
      saveSegment(agent, base, cookie, segmentId, baseVersion, text);

    // --- (a) the editor page ---
    log(`\n(a) GET /posts/${postId} (${segmentCount} segments), signed in as a translator: 3 warm-ups, 30 timed`);
    const pageTimes: number[] = [];
    const pageTtfb: number[] = [];
    let pageBytes = 0;
    const hr = () => process.hrtime.bigint() / 1000n; // same clock as V8's .cpuprofile timestamps
    const pageWindowStart = hr();
    let pageCpuStart = serverCpuMs();
    for (let i = 0; i < 33; i++) {
      const answer = await request(agent, base, "GET", `/posts/${postId}`, { headers: { cookie: cookies[0] } });
      if (answer.status !== 200) {
        throw new Error(`GET /posts/${postId} → ${answer.status} ${answer.headers.location ?? ""}`);
      }
      if (i === 0 && !answer.body.includes(loopSet[0].mtText.slice(0, 20).replace(/'/g, "&#x27;"))) {
        log("  (note: the first segment's text was not found verbatim in the page body)");
      }
      pageBytes = Buffer.byteLength(answer.body);
      if (i === 32 && args["save-page"]) writeFileSync(args["save-page"], answer.body);
      if (i === 2) pageCpuStart = serverCpuMs();
      if (i >= 3) {
        pageTimes.push(answer.total);
        pageTtfb.push(answer.ttfb);
      }
    }
    if (args["profile-server"])
      log(`  page window for the server profile (µs, monotonic): ${pageWindowStart}..${hr()}`);
    const pageCpu = (serverCpuMs() - pageCpuStart) / pageTimes.length;
    const page = stats(pageTimes);
    const ttfb = stats(pageTtfb);
    log(
      `  full body: median ${ms(page.p50)}, p95 ${ms(page.p95)}, max ${ms(page.max)}; first byte: median ${ms(ttfb.p50)}, p95 ${ms(ttfb.p95)}; ${(pageBytes / 1024).toFixed(0)} KiB of HTML; server CPU ${pageCpu.toFixed(0)} ms per page`,
    );
    table.push([
      `page (${segmentCount} seg.), median`,
      `< ${GOALS.pageMs} ms`,
      ms(page.p50),
      verdict(page.p50 < GOALS.pageMs),
    ]);
    table.push(["page, p95", `< ${GOALS.pageMs} ms`, ms(page.p95), verdict(page.p95 < GOALS.pageMs)]);
    summary.page = {
      segments: segmentCount,
      medianMs: round(page.p50),
      p95Ms: round(page.p95),
      ttfbMedianMs: round(ttfb.p50),
      serverCpuMsPerPage: round(pageCpu),
      kib: Math.round(pageBytes / 1024),
    };

    // --- (b) 20 editors, one save every 2 s each ---
    const versions = new Map<number, number>(segments.map((s) => [s.id, s.version]));
    const own = (editor: number) => pacedPool.slice(editor * perEditor, (editor + 1) * perEditor);
    // warm-up: one save per editor (first decode of each session cookie, first statements), not counted
    const warm: number[] = [];
    for (let e = 0; e < EDITORS; e++) {
      const segment = own(e)[perEditor - 1];
      const answer = await save(
        cookies[e],
        segment.id,
        versions.get(segment.id) ?? 1,
        `Échauffement de l’éditeur ${e + 1}.`,
      );
      if (answer.status !== 200) throw new Error(`warm-up save → ${answer.status}: ${answer.body.slice(0, 300)}`);
      versions.set(segment.id, (JSON.parse(answer.body) as { segment: { version: number } }).segment.version);
      warm.push(answer.total);
    }
    log(
      `\n(b) paced: ${EDITORS} editors × one save every 2 s for ${PACED_SECONDS} s, each on its own ${perEditor} segments`,
    );
    log(
      `  warm-up (first save of each session, not counted): median ${ms(percentile(warm, 50))}, max ${ms(Math.max(...warm))}`,
    );
    const pacedCpuStart = serverCpuMs();
    const run = await runPacedSaves({ agent, base, cookies, segmentsOf: own, versions, seconds: PACED_SECONDS, log });
    const { times: pacedTimes, statuses: pacedStatus, ok: pacedOk } = run;
    const pacedCpu = (serverCpuMs() - pacedCpuStart) / pacedTimes.length;
    const paced = stats(pacedTimes);
    log(
      `  ${paced.n} saves in ${(run.ms / 1000).toFixed(1)} s; statuses ${[...pacedStatus].map(([s, n]) => `${s}×${n}`).join(", ")}`,
    );
    log(
      `  latency p50 ${ms(paced.p50)}, p95 ${ms(paced.p95)}, p99 ${ms(paced.p99)}, max ${ms(paced.max)}; server CPU ${pacedCpu.toFixed(1)} ms per save`,
    );
    const pacedMissing = pacedOk.filter(
      (s) =>
        (
          sqlite
            .prepare(`SELECT COUNT(*) AS n FROM Revision WHERE segmentId = ? AND baseVersion = ? AND kind = 'edit'`)
            .get(s.id, s.version - 1) as { n: number }
        ).n !== 1,
    ).length;
    log(
      `  every 200 has exactly one revision row: ${pacedMissing === 0 ? "yes" : `NO, ${pacedMissing} missing or doubled`}`,
    );
    table.push(["paced save, p95", `< ${GOALS.pacedP95Ms} ms`, ms(paced.p95), verdict(paced.p95 < GOALS.pacedP95Ms)]);
    summary.paced = {
      saves: paced.n,
      statuses: Object.fromEntries(pacedStatus),
      p50Ms: round(paced.p50),
      p95Ms: round(paced.p95),
      p99Ms: round(paced.p99),
      maxMs: round(paced.max),
      serverCpuMsPerSave: round(pacedCpu),
      revisionMismatches: pacedMissing,
    };

    // --- (c) closed loop: autocannon, 20 connections, shared set of 100 segments ---
    log(
      `\n(c) closed loop: autocannon, ${CONNECTIONS} connections × ${LOOP_SECONDS} s, random saves on ${loopSet.length} shared segments, one session per connection`,
    );
    const loopIds = new Set(loopSet.map((s) => s.id));
    const before = new Map<number, number>(
      (
        sqlite.prepare(`SELECT id, version FROM Segment WHERE postId = ?`).all(postId) as {
          id: number;
          version: number;
        }[]
      ).map((r) => [r.id, r.version]),
    );
    const maxRevisionBefore = (sqlite.prepare(`SELECT MAX(id) AS id FROM Revision`).get() as { id: number }).id;
    const random = createRandom(7);
    let seq = 0;
    let nextCookie = 0;
    const pending = new Map<number, { id: number; base: number }>();
    const okSeen: { id: number; version: number }[] = [];
    const conflicts: { id: number; sent: number; current: number }[] = [];
    const otherStatus = new Map<number, number>();
    const otherSamples: string[] = [];
    const loopLatencies: number[] = [];
    const byStatusLatency = new Map<number, number[]>();

    const loopWindowStart = hr();
    const loopCpuStart = serverCpuMs();
    const clientCpuStart = process.cpuUsage();
    const instance = autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: LOOP_SECONDS,
      timeout: 10,
      headers: { "content-type": "application/json" },
      setupClient: (client: { setHeaders: (h: Record<string, string>) => void }) => {
        client.setHeaders({ "content-type": "application/json", cookie: cookies[nextCookie++ % cookies.length] });
      },
      requests: [
        {
          method: "POST",
          setupRequest: (
            req: Record<string, unknown> & { headers?: Record<string, string> },
            context: Record<string, unknown>,
          ) => {
            const segment = loopSet[Math.floor(random() * loopSet.length)];
            const baseVersion = versions.get(segment.id) ?? 1;
            // the very first build happens before setupClient gave the connection its cookie: never sent
            if (req.headers?.cookie) {
              const id = ++seq;
              context.seq = id;
              pending.set(id, { id: segment.id, base: baseVersion });
            }
            return {
              ...req,
              path: `/api/segments/${segment.id}`,
              body: JSON.stringify({ text: `Révision ${seq} du segment ${segment.order}.`, baseVersion, kind: "edit" }),
            };
          },
          onResponse: (status: number, text: string, context: Record<string, unknown>) => {
            const sent = pending.get(context.seq as number);
            pending.delete(context.seq as number);
            if (status === 200) {
              const { segment } = JSON.parse(text) as { segment: { id: number; version: number } };
              okSeen.push({ id: segment.id, version: segment.version });
              if ((versions.get(segment.id) ?? 0) < segment.version) versions.set(segment.id, segment.version);
            } else if (status === 409) {
              const current = (JSON.parse(text) as { error: { details: { current: { id: number; version: number } } } })
                .error.details.current;
              conflicts.push({ id: current.id, sent: sent?.base ?? -1, current: current.version });
              if ((versions.get(current.id) ?? 0) < current.version) versions.set(current.id, current.version);
            } else {
              otherStatus.set(status, (otherStatus.get(status) ?? 0) + 1);
              if (otherSamples.length < 3) otherSamples.push(`${status}: ${text.slice(0, 200)}`);
            }
          },
        },
      ],
    });
    instance.on("response", (_client: unknown, status: number, _bytes: number, latency: number) => {
      loopLatencies.push(latency);
      const list = byStatusLatency.get(status) ?? [];
      list.push(latency);
      byStatusLatency.set(status, list);
    });
    const result = (await instance) as AutocannonResult;
    const loopCpu = serverCpuMs() - loopCpuStart;
    const clientCpu = process.cpuUsage(clientCpuStart);
    if (args["profile-server"])
      log(`  loop window for the server profile (µs, monotonic): ${loopWindowStart}..${hr()}`);
    await sleep(2000); // let the server finish the requests that were in flight when autocannon stopped

    const answered = okSeen.length + conflicts.length + [...otherStatus.values()].reduce((a, b) => a + b, 0);
    const seconds = result.duration || LOOP_SECONDS;
    const own95 = stats(loopLatencies);
    log(
      `  autocannon: ${result.requests.total} responses, ${result.requests.average.toFixed(0)} req/s average (${(answered / seconds).toFixed(0)} answered saves/s by our count), ${result.errors} errors, ${result.timeouts} timeouts`,
    );
    log(
      `  statuses: 200×${okSeen.length}, 409×${conflicts.length}${[...otherStatus].map(([s, n]) => `, ${s}×${n}`).join("")} → ${(okSeen.length / seconds).toFixed(0)} successful saves/s`,
    );
    for (const sample of otherSamples) log(`    ${sample}`);
    const cpuPerSave = loopCpu / Math.max(1, result.requests.total);
    log(
      `  server CPU: ${(loopCpu / 1000).toFixed(1)} s over ${seconds} s (${(loopCpu / 10 / seconds).toFixed(0)}% of one core), ${cpuPerSave.toFixed(2)} ms per save → at most ~${(1000 / cpuPerSave).toFixed(0)} saves/s with one whole core (Node runs the handlers on one thread); the bench client itself used ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s of CPU`,
    );
    log(
      `  latency (autocannon, all statuses): p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    log(
      `  latency (per response, our count): p50 ${ms(own95.p50)}, p95 ${ms(own95.p95)}, p99 ${ms(own95.p99)}, max ${ms(own95.max)}`,
    );
    for (const [status, list] of byStatusLatency) {
      const s = stats(list);
      log(`    ${status}: n=${s.n}, p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}`);
    }

    // --- lost revisions ---
    const revisions = sqlite
      .prepare(`SELECT id, segmentId, baseVersion, kind FROM Revision WHERE id > ? ORDER BY id`)
      .all(maxRevisionBefore) as { id: number; segmentId: number; baseVersion: number; kind: string }[];
    const loopRevisions = revisions.filter((r) => loopIds.has(r.segmentId));
    const foreign = revisions.length - loopRevisions.length;
    const editRevisions = loopRevisions.filter((r) => r.kind === "edit");
    const key = (id: number, baseVersion: number) => `${id}:${baseVersion}`;
    const revisionCount = new Map<string, number>();
    for (const r of editRevisions)
      revisionCount.set(key(r.segmentId, r.baseVersion), (revisionCount.get(key(r.segmentId, r.baseVersion)) ?? 0) + 1);
    const doubled = [...revisionCount.values()].filter((n) => n > 1).length;
    const lost = okSeen.filter((s) => (revisionCount.get(key(s.id, s.version - 1)) ?? 0) < 1).length;
    const seenKeys = new Set(okSeen.map((s) => key(s.id, s.version - 1)));
    const unobserved = editRevisions.filter((r) => !seenKeys.has(key(r.segmentId, r.baseVersion)));
    const pendingKeys = new Set([...pending.values()].map((p) => key(p.id, p.base)));
    const unexplained = unobserved.filter((r) => !pendingKeys.has(key(r.segmentId, r.baseVersion))).length;
    const after = sqlite.prepare(`SELECT id, version FROM Segment WHERE postId = ?`).all(postId) as {
      id: number;
      version: number;
    }[];
    const increments = after
      .filter((r) => loopIds.has(r.id))
      .reduce((sum, r) => sum + r.version - (before.get(r.id) ?? 0), 0);
    // conflicts: the version sent was not the current one when the server answered
    const badConflicts = conflicts.filter((c) => c.sent === c.current).length;

    log("  lost-revision check (database after the loop):");
    log(
      `    200s seen by the client: ${okSeen.length}; "edit" revisions written on the loop segments: ${editRevisions.length} (difference ${editRevisions.length - okSeen.length})`,
    );
    log(
      `    revisions the client never saw answered: ${unobserved.length} (requests in flight when autocannon stopped: ${pending.size}, ≤ ${CONNECTIONS} allowed); of these matching no in-flight request: ${unexplained}`,
    );
    log(
      `    version increments on the loop segments: ${increments} = edit revisions ${editRevisions.length}: ${increments === editRevisions.length ? "yes" : "NO"}`,
    );
    log(
      `    two revisions on the same (segment, base version): ${doubled}; 409 whose base version was current: ${badConflicts}`,
    );
    log(`    other rows written during the loop outside its segments: ${foreign}`);
    // a stale save the server accepted would show as a doubled (segment, base version); a 409 that wrote would be an
    // unexplained revision
    const lostRevisions = lost + doubled + unexplained + Math.abs(increments - editRevisions.length);
    log(`  lost revisions: ${lostRevisions}`);

    // a deliberately stale save after the loop: must be a 409 and write nothing
    const probe = loopSet[0];
    const revsBefore = (
      sqlite.prepare(`SELECT COUNT(*) AS n FROM Revision WHERE segmentId = ?`).get(probe.id) as { n: number }
    ).n;
    const staleAnswer = await save(cookies[0], probe.id, 1, "Sauvegarde périmée.");
    const revsAfter = (
      sqlite.prepare(`SELECT COUNT(*) AS n FROM Revision WHERE segmentId = ?`).get(probe.id) as { n: number }
    ).n;
    log(
      `  stale probe (baseVersion 1 on a segment at v${versions.get(probe.id)}): ${staleAnswer.status}, revisions ${revsBefore} → ${revsAfter}: ${staleAnswer.status === 409 && revsAfter === revsBefore ? "OK" : "WRONG"}`,
    );

    // --- (d) reference: the same closed loop on GET /api/health (no session, one Prisma `SELECT 1`) ---
    // what `next start` itself sustains on this machine: an upper bound for any route, saves included
    const healthCpuStart = serverCpuMs();
    const health = (await autocannon({
      url: `${base}/api/health`,
      connections: CONNECTIONS,
      duration: 5,
    })) as AutocannonResult;
    const healthCpu = (serverCpuMs() - healthCpuStart) / Math.max(1, health.requests.total);
    log(
      `\n(d) reference: GET /api/health, ${CONNECTIONS} connections × 5 s: ${health.requests.average.toFixed(0)} req/s, p50 ${health.latency.p50} ms, p97.5 ${health.latency.p97_5} ms, p99 ${health.latency.p99} ms (the framework's ceiling here); server CPU ${healthCpu.toFixed(2)} ms per request`,
    );
    summary.healthLoop = {
      reqPerSec: Math.round(health.requests.average),
      p50Ms: health.latency.p50,
      p97_5Ms: health.latency.p97_5,
      serverCpuMsPerRequest: round(healthCpu),
    };

    const savesPerSec = result.requests.average;
    table.push([
      `loop saves/s (200+409)`,
      `≥ ${GOALS.loopSavesPerSec}`,
      savesPerSec.toFixed(0),
      verdict(savesPerSec >= GOALS.loopSavesPerSec),
    ]);
    table.push([`loop successful saves/s (200)`, `(info)`, (okSeen.length / seconds).toFixed(0), ""]);
    table.push([
      "loop p95 (our count)",
      `< ${GOALS.loopP95Ms} ms`,
      ms(own95.p95),
      verdict(own95.p95 < GOALS.loopP95Ms),
    ]);
    table.push(["loop p97.5 / p99 (autocannon)", `(info)`, `${result.latency.p97_5} / ${result.latency.p99} ms`, ""]);
    table.push(["lost revisions", "0", String(lostRevisions), verdict(lostRevisions === 0)]);
    table.push(["ref.: GET /api/health req/s", "(info)", health.requests.average.toFixed(0), ""]);
    summary.loop = {
      connections: CONNECTIONS,
      seconds: LOOP_SECONDS,
      reqPerSec: Math.round(savesPerSec),
      okPerSec: Math.round(okSeen.length / seconds),
      ok: okSeen.length,
      conflicts: conflicts.length,
      other: Object.fromEntries(otherStatus),
      errors: result.errors,
      timeouts: result.timeouts,
      p50Ms: round(own95.p50),
      p95Ms: round(own95.p95),
      p99Ms: round(own95.p99),
      acP97_5Ms: result.latency.p97_5,
      acP99Ms: result.latency.p99,
      editRevisions: editRevisions.length,
      inFlightAtStop: pending.size,
      unobservedRevisions: unobserved.length,
      lostRevisions,
      staleProbe: staleAnswer.status,
      serverCpuMsPerSave: round(cpuPerSave),
      serverCoreShare: round(loopCpu / 1000 / seconds),
    };
    summary.serverErrorLines = server?.errorLines() ?? 0;
    sqlite.close();
    agent.destroy();
  } finally {
    await server?.stop();
    if (args["keep-db"]) log(`database kept: ${dbFile}`);
    else rmSync(dir, { recursive: true, force: true });
  }

  const buildChanged = buildIdNow() !== buildAtStart;
  if (buildChanged) log("\nWARNING: .next was rebuilt by someone else during this run: the figures may be invalid");
  log(`\nload average at the end: ${load()}`);
  summary.loadAtEnd = load();
  summary.buildChangedDuringRun = buildChanged;
  log("summary (2-core machine; the bench client runs on the same cores as the server):");
  const widths = [34, 10, 16, 7];
  log(["figure", "goal", "measured", ""].map((c, i) => c.padEnd(widths[i])).join(" "));
  for (const row of table) log(row.map((c, i) => c.padEnd(widths[i])).join(" "));
  if (server?.errorLines())
    log(
      `server printed ${server.errorLines()} line(s) mentioning "error"; last lines:\n${server.output.slice(-10).join("\n")}`,
    );
  log(`\n${JSON.stringify(summary)}`);
}

main().catch(async (error) => {
  console.error(`editor-speed: ${error instanceof Error ? error.stack : error}`);
  if (server?.output.length) console.error(`server output (last lines):\n${server.output.slice(-20).join("\n")}`);
  await server?.stop();
  process.exit(1);
});
