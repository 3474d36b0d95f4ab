// `npm start`: everything needed to run Retouche on this machine, from nothing.
// 1. a secret for sessions (kept in data/auth-secret unless AUTH_SECRET is set), 2. migrations, 3. demo data when the
// database is empty (SEED_DEMO=false to skip), 4. a production build when the sources are newer than the last one,
// 5. `next start`, then the URL and the demo accounts. `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env-schema";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import { createPrismaClient, DEFAULT_DATABASE_URL } from "@/lib/server/create-prisma-client";
// @ts-expect-error plain ESM script without types
import { deployUrl } from "./prisma-migrate.mjs";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const port = process.env.PORT ?? "3000";
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.AUTH_TRUST_HOST ??= "true";

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, "data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const inputs = ["app", "lib", "i18n", "messages", "generated", "proxy.ts", "auth.config.ts", "instrumentation.ts"];
  inputs.push("next.config.js", "package-lock.json", "postcss.config.mjs");
  return Math.max(...inputs.map((i) => newestMtime(path.join(root, i)))) > statSync(buildId).mtimeMs;
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function main() {
  ensureAuthSecret();
  const env = parseEnv(process.env, { server: true });
  const applied: string[] = await deployUrl(process.env.DATABASE_URL);
  console.log(applied.length ? `Migrations applied: ${applied.join(", ")}` : "Database schema is up to date.");

  const prisma = createPrismaClient();
  const empty = (await prisma.user.count()) === 0;
  await prisma.$disconnect();
  if (empty && env.SEED_DEMO) run("npx", ["tsx", "scripts/seed.ts"]);
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) run("npx", ["tsx", "scripts/create-admin.ts"]);

  if (!dev && buildIsStale()) run("npx", ["next", "build"]);

  // production: our server (Next plus the lean save path, scripts/serve.ts); development: next dev
  const server = dev
    ? spawn("npx", ["next", "dev", "-p", port], { stdio: "inherit", env: process.env })
    : spawn("npx", ["tsx", "scripts/serve.ts"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const check = createPrismaClient();
  const demo = await check.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
  await check.$disconnect();
  console.log(`\n  Retouche is running at ${url}\n  Database: ${process.env.DATABASE_URL}`);
  if (demo.length) {
    console.log("\n  Demo accounts (email / password):");
    for (const a of DEMO_ACCOUNTS)
      if (demo.some((u) => u.email === a.email)) console.log(`    ${a.role.padEnd(10)} ${a.email} / ${a.password}`);
  }
  console.log("");
}

main().catch((error) => {
  console.error(`start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
