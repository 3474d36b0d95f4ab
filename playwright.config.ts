import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** V8's old-space cap for the server on a 512 MB machine (README, "The smallest server"). */
const SMALLEST_SERVER_HEAP_MB = 192;
const baseURL = `http://localhost:${PORT}`;

// One fresh SQLite file per run. This file is evaluated by the runner and by every worker; workers inherit the
// runner's environment, so `??=` keeps one path for the whole run.
process.env.E2E_DATABASE_URL ??= `file:${path.join(mkdtempSync(path.join(tmpdir(), "retouche-e2e-")), "e2e.db")}`;
const DATABASE_URL = process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time is faster and steadier
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Playwright starts webServer before globalSetup: `npm start` migrates, then globalSetup resets and seeds.
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", locale: "en-US" },
  projects: [
    {
      name: "debian-chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium", // Debian's package; never `playwright install` here
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false, // a reused server would point at another database
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL,
      PORT: String(PORT),
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-0123456789",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      FETCH_ALLOW_PRIVATE: "true",
      // The suite runs against a server capped as on the smallest machine README names (512 MB of RAM): the
      // cap is the server's (npm start does not pass it to a build)
      NODE_OPTIONS: `--max-old-space-size=${process.env.E2E_SERVER_HEAP_MB ?? SMALLEST_SERVER_HEAP_MB}`,
    },
  },
});
