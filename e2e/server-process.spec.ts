// What a process manager (systemd, a container runtime) sees of `npm start`: one plain node process running the
// compiled server, which stops cleanly on SIGTERM and SIGINT, and exit codes that pass straight through. Each
// test starts its own server from the build the suite runs against, on a fresh database and a free port.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.describe.configure({ timeout: 90_000 });

type Started = { child: ChildProcess; port: number; databaseUrl: string; output: string[]; exited: Promise<Exit> };
type Exit = { code: number | null; signal: NodeJS.Signals | null };

const running = new Set<ChildProcess>();

test.afterEach(() => {
  for (const child of running) if (child.pid) killGroup(child.pid, "SIGKILL");
  running.clear();
});

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function start(command: string, args: string[], env: Record<string, string> = {}): Promise<Started> {
  const port = Number(env.PORT ?? (await freePort()));
  const databaseUrl =
    env.DATABASE_URL ?? `file:${path.join(mkdtempSync(path.join(tmpdir(), "retouche-process-")), "app.db")}`;
  const child = spawn(command, args, {
    detached: true, // its own process group, as under a process manager
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_OPTIONS: "", // whatever heap cap the suite's server has, these start as a fresh install would
      AUTH_SECRET: "process-test-secret-process-test-secret-0123",
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
    },
  });
  running.add(child);
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, port, databaseUrl, output, exited };
}

async function waitUntilServing(started: Started) {
  await expect
    .poll(
      async () =>
        fetch(`http://127.0.0.1:${started.port}/api/health`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 60_000, intervals: [100] },
    )
    .toBe(200);
}

/** The processes below `pid`, from /proc: pid and command line. */
function descendants(pid: number): { pid: number; command: string }[] {
  const all = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
        return [{ pid: Number(entry), ppid, command }];
      } catch {
        return [];
      }
    });
  const found: { pid: number; command: string }[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const p of all.filter((candidate) => candidate.ppid === parent)) {
      found.push({ pid: p.pid, command: p.command });
      queue.push(p.pid);
    }
  }
  return found;
}

test("npm start leaves one plain node process running the compiled server, which stops cleanly on SIGTERM", async () => {
  const npm = await start("npm", ["start"]);
  await waitUntilServing(npm);

  // npm, and below it nothing but the server itself: no shell, no tsx, no supervisor still waiting
  const below = descendants(npm.child.pid ?? 0);
  expect(below).toHaveLength(1);
  expect(below[0].command).toMatch(/^node .*dist\/serve\.mjs$/);
  expect(below[0].command).not.toMatch(/tsx|npm|npx/);

  // a process manager signals the server it supervises: it finishes and exits 0, and npm with it
  process.kill(below[0].pid, "SIGTERM");
  expect(await npm.exited).toEqual({ code: 0, signal: null });
  expect(npm.output.join("")).toContain("SIGTERM: stopping");
  await expect(fetch(`http://127.0.0.1:${npm.port}/api/health`)).rejects.toThrow();
});

test("Ctrl-C in the terminal (SIGINT to the whole group) stops npm start with exit code 0", async () => {
  const npm = await start("npm", ["start"]);
  await waitUntilServing(npm);
  killGroup(npm.child.pid ?? 0, "SIGINT");
  expect(await npm.exited).toEqual({ code: 0, signal: null });
});

test("the compiled server run directly, as a unit file would, exits 0 on SIGTERM and with the signal on SIGKILL", async () => {
  // what a process manager runs: the supervisor once, then the server
  const prepare = await start("node", ["dist/start.mjs"]);
  expect(await prepare.exited).toEqual({ code: 0, signal: null });
  expect(prepare.output.join("")).toContain("Migrations applied");

  const sameSetup = { DATABASE_URL: prepare.databaseUrl, PORT: String(prepare.port) };
  const server = await start("node", ["dist/serve.mjs"], sameSetup);
  await waitUntilServing(server);
  process.kill(server.child.pid ?? 0, "SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });

  const again = await start("node", ["dist/serve.mjs"], sameSetup);
  await waitUntilServing(again);
  process.kill(again.child.pid ?? 0, "SIGKILL");
  expect(await again.exited).toEqual({ code: null, signal: "SIGKILL" });
});

test("a server that cannot start makes npm start exit with its code, and a bad environment stops it before", async () => {
  const first = await start("npm", ["start"]);
  await waitUntilServing(first);

  // the port is taken: the server says so and exits 1, npm start too
  const second = await start("npm", ["start"], { PORT: String(first.port) });
  expect(await second.exited).toEqual({ code: 1, signal: null });
  expect(second.output.join("")).toContain(`port ${first.port} is already in use`);

  // a bad value: the supervisor names it and exits 1, and no server starts
  const bad = await start("npm", ["start"], { PUBLISH_WARN_UNTOUCHED: "2" });
  expect(await bad.exited).toEqual({ code: 1, signal: null });
  expect(bad.output.join("")).toMatch(/start: Invalid environment.*PUBLISH_WARN_UNTOUCHED/);
  expect(bad.output.join("")).not.toContain("Ready on");
});
