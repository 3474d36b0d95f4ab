// Memory and start-up of the production server (issue 18), against the built app started exactly as README says
// (`npm start`), on a temporary SQLite database, next to the figures measured before the change
// (bench/memory-baseline.json):
//   - resident memory (RSS) of the whole process tree `npm start` leaves running, idle after boot with the
//     English and French spellers loaded (≤ 300 MB), and at the end of the 20-editor paced save run of
//     bench/editor-speed.ts (≤ 400 MB);
//   - boot to ready (spawn of `npm start` to the first 200 from /api/health) once built: ≤ 3 s;
//   - the French speller's load in a fresh process: ≤ 200 ms.
// Run: npx tsx bench/memory.ts [--boots 3] [--paced-seconds 20] [--port N] [--heap-mb N] [--save-baseline LABEL]
//   --heap-mb N           starts the server with NODE_OPTIONS=--max-old-space-size=N
//   --save-baseline LABEL writes this run's figures to bench/memory-baseline.json as the "before" column
// Builds nothing itself: the first `npm start` builds when the sources are newer than the last build, and that
// start is reported apart.
import "./support/server-condition";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadSpeller } from "@/lib/server/infrastructure/load-spellers";
import { ms, percentile } from "./import-speed";
import {
  type AppServer,
  describeBuild,
  freePort,
  request,
  signIn,
  sleep,
  startAppServer,
  treeRss,
} from "./support/app-server";
import { createEditorBenchData, EDITORS, runPacedSaves } from "./support/editor-load";

const { values: args } = parseArgs({
  options: {
    boots: { type: "string", default: "3" },
    "paced-seconds": { type: "string", default: "20" },
    port: { type: "string" },
    "heap-mb": { type: "string" },
    "save-baseline": { type: "string" },
    // internal: measure one speller's load in this fresh process and print it as JSON
    "speller-load": { type: "string" },
  },
});

const root = process.cwd();
const BASELINE_FILE = path.join(root, "bench/memory-baseline.json");
const GOALS = { idleMb: 300, afterPacedMb: 400, bootMs: 3000, frenchSpellerMs: 200 };
const log = (line = "") => console.log(line);
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");

type Figures = {
  idleMb: number;
  afterPacedMb: number;
  bootMs: number[];
  /** CPU of the whole tree from spawn to ready, per restart: what the boot costs whatever the load. */
  bootCpuMs?: number[];
  firstStartMs: number;
  idlePssMb?: number;
  frenchSpellerMs: number;
  frenchSpellerMb: number;
  serverSaysSpellersMs: number | null;
  processes: { command: string; mb: number }[];
  pacedP95Ms: number;
};

type Baseline = { label: string; measuredAt: string; figures: Figures };

async function measureSpellerLoad(lang: string) {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const speller = await loadSpeller(lang);
  const elapsed = performance.now() - started;
  if (!speller?.correct("bonjour")) throw new Error(`the ${lang} speller does not know "bonjour"`);
  console.log(JSON.stringify({ ms: elapsed, mb: (process.memoryUsage().rss - rssBefore) / 1024 / 1024 }));
}

function spellerLoadInFreshProcess(lang: string): { ms: number; mb: number } {
  const result = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--speller-load", lang], {
    encoding: "utf8",
    env: process.env,
  });
  if (result.status !== 0) throw new Error(`speller load failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}");
}

/** Summarises a process's command line: `node …/scripts/serve.ts` rather than its whole argv. */
function shortCommand(command: string): string {
  return command
    .split(" ")
    .map((part) => (part.startsWith(`${root}/`) ? path.relative(root, part) : part))
    .map((part) => part.replace(`file://${root}/`, ""))
    .map((part) => (part.length > 60 ? `${part.slice(0, 57)}…` : part))
    .join(" ");
}

async function main() {
  const build = describeBuild(root);
  log(
    `build: ${build.built ? build.builtAt : "none yet"}${build.stale ? ` (stale: ${build.reason ?? "?"}; npm start rebuilds first)` : ""}`,
  );
  log(`load average at start: ${load()} (2 cores; other engineers share them)`);
  const dir = mkdtempSync(path.join(tmpdir(), "retouche-memory-bench-"));
  const dbFile = path.join(dir, "bench.db");
  const databaseUrl = `file:${dbFile}`;
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: `bench-${randomBytes(24).toString("hex")}`,
    AUTH_TRUST_HOST: "true",
    SEED_DEMO: "true",
  };
  if (args["heap-mb"]) env.NODE_OPTIONS = `--max-old-space-size=${args["heap-mb"]}`;
  const port = args.port ? Number(args.port) : await freePort();
  const start = () => startAppServer({ command: "npm", args: ["start"], port, env });
  let server: AppServer | undefined;
  try {
    // 1. first start on an empty database: migrations, demo data (and the build if it is stale)
    server = await start();
    const firstStartMs = server.readyMs;
    log(`first npm start (empty database: migrate, demo data${build.stale ? ", build" : ""}): ${ms(firstStartMs)}`);
    await server.stop();

    // 2. the editors' data, then restarts: boot to ready once built
    const { editors, postId } = await createEditorBenchData(databaseUrl, log);
    const boots: number[] = [];
    const bootCpu: number[] = [];
    const bootCount = Math.max(1, Number(args.boots));
    for (let i = 0; i < bootCount; i++) {
      server = await start();
      boots.push(server.readyMs);
      bootCpu.push(server.readyCpuMs);
      if (i < bootCount - 1) await server.stop();
    }
    log(
      `npm start to ready, ${bootCount} restarts: ${boots.map((b) => ms(b)).join(", ")} (CPU of the tree: ${bootCpu.map((c) => ms(c)).join(", ")})`,
    );
    if (!server) throw new Error("no server");
    const spellerLine = server.output.find((line) => /QA dictionaries ready/.test(line));
    const spellerMatch = spellerLine ? /in (\d+) ms/.exec(spellerLine) : null;
    log(`server: ${spellerLine ?? "(no dictionary line printed)"}`);

    // 3. idle, with English and French in use: a translator opens the demo post (en → fr)
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const sqlite = new Database(dbFile, { readonly: true });
    const demoPost = sqlite.prepare(`SELECT id FROM Post WHERE id <> ? ORDER BY id LIMIT 1`).get(postId) as {
      id: number;
    };
    const demoCookie = await signIn(agent, server.base, "translator@demo.retouche", "translator-demo");
    const demoPage = await request(agent, server.base, "GET", `/posts/${demoPost.id}`, {
      headers: { cookie: demoCookie },
    });
    if (demoPage.status !== 200) throw new Error(`GET /posts/${demoPost.id} → ${demoPage.status}`);
    await sleep(5000);
    const idle = treeRss(server.child.pid ?? 0);
    log(
      `\nidle after boot, demo post open (en + fr spellers in use): ${idle.totalMb.toFixed(0)} MB RSS (PSS ${idle.pssMb.toFixed(0)} MB)`,
    );
    for (const p of idle.processes) log(`  ${p.mb.toFixed(0).padStart(5)} MB  ${shortCommand(p.command)}`);

    // 4. the 20 editors: each opens the 400-segment post, then saves once every 2 s
    const cookies: string[] = [];
    for (const editor of editors) cookies.push(await signIn(agent, server.base, editor.email, editor.password));
    for (const cookie of cookies) {
      const page = await request(agent, server.base, "GET", `/posts/${postId}`, { headers: { cookie } });
      if (page.status !== 200) throw new Error(`GET /posts/${postId} → ${page.status}`);
    }
    const segments = sqlite
      .prepare(`SELECT id, version FROM Segment WHERE postId = ? ORDER BY "order"`)
      .all(postId) as { id: number; version: number }[];
    const pool = segments.slice(1);
    const perEditor = Math.floor(pool.length / EDITORS);
    const paced = await runPacedSaves({
      agent,
      base: server.base,
      cookies,
      segmentsOf: (e) => pool.slice(e * perEditor, (e + 1) * perEditor),
      versions: new Map(segments.map((s) => [s.id, s.version])),
      seconds: Number(args["paced-seconds"]),
      log,
    });
    const after = treeRss(server.child.pid ?? 0);
    const pacedP95 = percentile(paced.times, 95);
    log(
      `\nafter the paced run (${paced.times.length} saves by ${EDITORS} editors, p95 ${ms(pacedP95)}, statuses ${[...paced.statuses].map(([s, n]) => `${s}×${n}`).join(", ")}): ${after.totalMb.toFixed(0)} MB`,
    );
    for (const p of after.processes) log(`  ${p.mb.toFixed(0).padStart(5)} MB  ${shortCommand(p.command)}`);
    sqlite.close();
    agent.destroy();
    await server.stop();
    server = undefined;

    // 5. the French speller, alone in a fresh process
    const french = spellerLoadInFreshProcess("fr");
    log(`\nFrench speller load in a fresh process: ${ms(french.ms)}, +${french.mb.toFixed(0)} MB RSS`);

    const figures: Figures = {
      idleMb: Math.round(idle.totalMb),
      afterPacedMb: Math.round(after.totalMb),
      bootMs: boots.map(Math.round),
      bootCpuMs: bootCpu.map(Math.round),
      firstStartMs: Math.round(firstStartMs),
      idlePssMb: Math.round(idle.pssMb),
      frenchSpellerMs: Math.round(french.ms),
      frenchSpellerMb: Math.round(french.mb),
      serverSaysSpellersMs: spellerMatch ? Number(spellerMatch[1]) : null,
      processes: idle.processes.map((p) => ({ command: shortCommand(p.command), mb: Math.round(p.mb) })),
      pacedP95Ms: Math.round(pacedP95 * 10) / 10,
    };
    report(figures);
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(now: Figures) {
  const baseline: Baseline | null = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, "utf8")) : null;
  const before = baseline?.figures;
  const range = (values: number[]) => (values.length ? `${Math.min(...values)}–${Math.max(...values)} ms` : "n/a");
  const rows: [string, string, string, string, boolean | null][] = [
    [
      "RSS, whole tree, idle (en+fr)",
      `≤ ${GOALS.idleMb} MB`,
      before ? `${before.idleMb} MB` : "–",
      `${now.idleMb} MB`,
      now.idleMb <= GOALS.idleMb,
    ],
    [
      "RSS, whole tree, after paced run",
      `≤ ${GOALS.afterPacedMb} MB`,
      before ? `${before.afterPacedMb} MB` : "–",
      `${now.afterPacedMb} MB`,
      now.afterPacedMb <= GOALS.afterPacedMb,
    ],
    [
      "processes in the tree",
      "npm + server",
      before ? String(before.processes.length) : "–",
      String(now.processes.length),
      null,
    ],
    [
      "boot to ready (restart, built)",
      `≤ ${GOALS.bootMs} ms`,
      before ? range(before.bootMs) : "–",
      range(now.bootMs),
      Math.max(...now.bootMs) <= GOALS.bootMs,
    ],
    [
      "boot CPU, whole tree (restart)",
      "(info)",
      before?.bootCpuMs ? range(before.bootCpuMs) : "–",
      now.bootCpuMs ? range(now.bootCpuMs) : "–",
      null,
    ],
    [
      "PSS, whole tree, idle",
      "(info)",
      before?.idlePssMb ? `${before.idlePssMb} MB` : "–",
      `${now.idlePssMb} MB`,
      null,
    ],
    [
      "first start (empty database)",
      "(info)",
      before ? `${before.firstStartMs} ms` : "–",
      `${now.firstStartMs} ms`,
      null,
    ],
    [
      "French speller load",
      `≤ ${GOALS.frenchSpellerMs} ms`,
      before ? `${before.frenchSpellerMs} ms` : "–",
      `${now.frenchSpellerMs} ms`,
      now.frenchSpellerMs <= GOALS.frenchSpellerMs,
    ],
    ["French speller RSS", "(info)", before ? `${before.frenchSpellerMb} MB` : "–", `${now.frenchSpellerMb} MB`, null],
    [
      "server: en+fr spellers at boot",
      "(info)",
      before?.serverSaysSpellersMs != null ? `${before.serverSaysSpellersMs} ms` : "–",
      now.serverSaysSpellersMs != null ? `${now.serverSaysSpellersMs} ms` : "–",
      null,
    ],
    ["paced save p95", "(info)", before ? `${before.pacedP95Ms} ms` : "–", `${now.pacedP95Ms} ms`, null],
  ];
  log(`\nload average at the end: ${load()}`);
  log(`before: ${baseline ? `${baseline.label} (measured ${baseline.measuredAt})` : "no bench/memory-baseline.json"}`);
  const widths = [34, 12, 16, 16, 7];
  log(["figure", "goal", "before", "now", ""].map((c, i) => c.padEnd(widths[i])).join(" "));
  for (const [figure, goal, was, is, met] of rows) {
    const verdict = met === null ? "" : met ? "MET" : "MISSED";
    log([figure, goal, was, is, verdict].map((c, i) => c.padEnd(widths[i])).join(" "));
  }
  log(`\n${JSON.stringify({ bench: "memory", goals: GOALS, figures: now })}`);
  const label = args["save-baseline"];
  if (label) {
    const saved: Baseline = { label, measuredAt: new Date().toISOString().slice(0, 10), figures: now };
    writeFileSync(BASELINE_FILE, `${JSON.stringify(saved, null, 2)}\n`);
    log(`figures saved as the baseline in ${path.relative(root, BASELINE_FILE)}`);
  }
}

const spellerLang = args["speller-load"];
(spellerLang ? measureSpellerLoad(spellerLang) : main()).catch((error) => {
  console.error(`memory: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
