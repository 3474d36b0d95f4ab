// What the benches that drive the built app share: a free port, the server started in its own process group and
// stopped with it, its process tree read from /proc (memory, CPU), and a small keep-alive HTTP client that signs
// in through Auth.js like a browser.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";

export const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

// --- the server, in its own process group --------------------------------------------------------------------

export type AppServer = {
  child: ChildProcess;
  base: string;
  /** The last 200 lines it printed. */
  output: string[];
  /** Lines mentioning "error". */
  errorLines: () => number;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  readyMs: number;
  /** CPU the whole tree had used by then (steps that ended included), in ms. */
  readyCpuMs: number;
  stop: () => Promise<void>;
};

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal); // the whole group: npm, its shell and the server
  } catch {
    // already gone
  }
}

process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, "SIGKILL");
    process.exit(130);
  });
}

/** Spawns `command` in its own process group and waits until GET /api/health answers 200. */
export async function startAppServer(options: {
  command: string;
  args: string[];
  port: number;
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<AppServer> {
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(options.port), ...options.env },
  });
  running.add(child);
  const output: string[] = [];
  let errorLines = 0;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      if (/error/i.test(line)) errorLines++;
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Stopped means every process of the group is gone, not just the first: npm may exit before the server does
  const stop = async () => {
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    while (child.pid && readProcesses().some((p) => p.group === child.pid)) await sleep(50);
    clearTimeout(timer);
    running.delete(child);
  };
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = started + (options.timeoutMs ?? 300_000);
  while (performance.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) {
      const readyMs = performance.now() - started;
      const readyCpuMs = treeCpuMs(child.pid ?? 0);
      return { child, base, output, errorLines: () => errorLines, readyMs, readyCpuMs, stop };
    }
    await sleep(50);
  }
  await stop();
  throw new Error(`${options.command} ${options.args.join(" ")} never answered /api/health:\n${output.join("\n")}`);
}

// --- the process tree, from /proc (Linux) --------------------------------------------------------------------

type ProcessInfo = {
  pid: number;
  ppid: number;
  group: number;
  command: string;
  rssKb: number;
  pssKb: number;
  cpuTicks: number;
  /** CPU of its children that have ended and been waited for. */
  childCpuTicks: number;
};

function readProcesses(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is the state (field 3)
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      const pss = existsSync(`/proc/${entry}/smaps_rollup`)
        ? /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/smaps_rollup`, "utf8"))
        : null;
      found.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        group: Number(fields[2]),
        command,
        rssKb: rss ? Number(rss[1]) : 0,
        pssKb: pss ? Number(pss[1]) : 0,
        cpuTicks: Number(fields[11]) + Number(fields[12]), // fields 14 and 15: utime, stime
        childCpuTicks: Number(fields[13]) + Number(fields[14]), // fields 16 and 17: cutime, cstime
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** `root` and every process below it, parents first. */
export function processTree(root: number): ProcessInfo[] {
  const all = readProcesses();
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
  return tree;
}

/**
 * Resident memory of a process and all its descendants, in MB, with one line per process; PSS counts the pages
 * they share (the node binary) once, RSS once per process.
 */
export function treeRss(root: number): {
  totalMb: number;
  pssMb: number;
  processes: { pid: number; command: string; mb: number }[];
} {
  const tree = processTree(root);
  const processes = tree.map((p) => ({ pid: p.pid, command: p.command, mb: p.rssKb / 1024 }));
  return {
    totalMb: processes.reduce((sum, p) => sum + p.mb, 0),
    pssMb: tree.reduce((sum, p) => sum + p.pssKb / 1024, 0),
    processes,
  };
}

/** CPU time of a process tree so far, in ms, including the children it has waited for (steps that ended). */
export function treeCpuMs(root: number): number {
  const ticks = processTree(root).reduce((sum, p) => sum + p.cpuTicks + p.childCpuTicks, 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU time (user + system) of a process group, in ms: contention-independent cost. */
export function groupCpuMs(group: number | undefined): number {
  if (!group || !existsSync("/proc/self/stat")) return Number.NaN;
  const ticks = readProcesses()
    .filter((p) => p.group === group)
    .reduce((sum, p) => sum + p.cpuTicks, 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

// --- the build -----------------------------------------------------------------------------------------------

// @ts-expect-error plain ESM script without types
export { describeBuild } from "../../scripts/build.mjs";

// --- a small keep-alive HTTP client (node:http: less client-side overhead than fetch) ------------------------

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ttfb: number; total: number };

export function request(
  agent: http.Agent,
  base: string,
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) headers["content-length"] = Buffer.byteLength(options.body);
    const req = http.request(`${base}${pathname}`, { method, agent, headers }, (res) => {
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          ttfb,
          total: performance.now() - started,
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function cookiePairs(setCookie: string[] | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of setCookie ?? []) {
    const pair = line.split(";")[0];
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return jar;
}

/** Auth.js credentials sign-in over HTTP: csrf token (and its cookie), then the callback; returns the session cookie. */
export async function signIn(agent: http.Agent, base: string, email: string, password: string): Promise<string> {
  const csrf = await request(agent, base, "GET", "/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf → ${csrf.status}`);
  const jar = cookiePairs(csrf.headers["set-cookie"]);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/posts` }).toString();
  const answer = await request(agent, base, "POST", "/api/auth/callback/credentials", {
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: form,
  });
  const session = [...cookiePairs(answer.headers["set-cookie"])].filter(([name]) =>
    name.startsWith("authjs.session-token"),
  );
  if (session.length === 0) {
    throw new Error(
      `sign-in of ${email} gave no session cookie (status ${answer.status}, location ${answer.headers.location ?? "-"})`,
    );
  }
  return session.map(([k, v]) => `${k}=${v}`).join("; ");
}
