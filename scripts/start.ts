// The supervisor: everything the server needs before it starts, then exit, so that nothing of it stays in memory.
// It runs compiled (dist/start.mjs, built with the app by scripts/build.mjs): from scripts/launch.mjs after the
// build check when `npm start` runs, or from a process manager before the server (README, "The smallest server"):
// 1. the environment: a session secret (kept in data/auth-secret unless AUTH_SECRET is set), validated as the
//    server will validate it;
// 2. the migrations that are pending;
// 3. the demo data when the database is empty (SEED_DEMO=false to skip) and the first admin when ADMIN_EMAIL and
//    ADMIN_PASSWORD are set; then the demo accounts are printed.
// `npm run dev` runs this file with tsx and `--dev`: the same steps, then `next dev`.
import { spawn } from "node:child_process";
import { parseEnv } from "@/lib/env-schema";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { applyRuntimeDefaults, keepWebAssemblyOnBaselineCompiler } from "@/lib/server/infrastructure/runtime-env";
import { closeSqlite } from "@/lib/server/sqlite-connection";
// @ts-expect-error plain ESM script without types
import { deployIfPending } from "./prisma-migrate.mjs";

async function prepare() {
  keepWebAssemblyOnBaselineCompiler();
  applyRuntimeDefaults();
  const env = parseEnv(process.env, { server: true });

  const applied: string[] = await deployIfPending(process.env.DATABASE_URL);
  console.log(applied.length ? `Migrations applied: ${applied.join(", ")}` : "Database schema is up to date.");

  const prisma = createPrismaClient();
  try {
    // the import pipeline and password hashing load only when there is something to create: a restart stays quick
    if (env.SEED_DEMO && (await prisma.user.count()) === 0) {
      const { loadDemoData } = await import("./load-demo-data");
      const loaded = await loadDemoData(prisma);
      if (loaded) console.log(`Demo data loaded: ${loaded.accounts} accounts, post "${loaded.slug}".`);
    }
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      const { ensureAdmin } = await import("@/lib/server/accounts/ensure-admin");
      const admin = await ensureAdmin(prisma, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
      console.log(`Admin ready: ${admin.email}`);
    }
    const demo = await prisma.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, disabled: false },
      select: { email: true },
    });
    if (demo.length) {
      console.log("\n  Demo accounts (email / password):");
      for (const a of DEMO_ACCOUNTS)
        if (demo.some((u) => u.email === a.email)) console.log(`    ${a.role.padEnd(10)} ${a.email} / ${a.password}`);
      console.log("");
    }
  } finally {
    await prisma.$disconnect();
    closeSqlite();
  }
}

function runNextDev() {
  const dev = spawn("npx", ["next", "dev", "-p", process.env.PORT ?? "3000"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
  dev.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

prepare().then(
  () => (process.argv.includes("--dev") ? runNextDev() : process.exit(0)),
  (error) => {
    console.error(`start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
