#!/usr/bin/env node
// `npm test`: every test, unit then end-to-end, from nothing. Installs Debian's Chromium when it is missing and we
// are root; otherwise says how in one line. Ends with one summary line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CHROMIUM = "/usr/bin/chromium";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };

function run(command, args) {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error("npm test: Chromium is missing; install it with `sudo apt-get install -y chromium`, then run again.");
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the end-to-end tests…");
  if (run("apt-get", ["update", "-qq"]) !== 0 || run("apt-get", ["install", "-y", "-qq", "chromium"]) !== 0) {
    console.error("npm test: could not install Chromium with apt-get.");
    process.exit(1);
  }
}

const reports = mkdtempSync(path.join(tmpdir(), "retouche-test-"));
const unitReport = path.join(reports, "unit.json");
const e2eReport = path.join(reports, "e2e.json");
const only = process.argv[2]; // "unit" or "e2e" to run one half

const unitStatus =
  only === "e2e"
    ? 0
    : run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${unitReport}`]);
env.PLAYWRIGHT_JSON_OUTPUT_NAME = e2eReport;
// The runner and its workers load lib/server (factories, sign-in sessions): React's server condition, as the app has
const e2eStatus =
  only === "unit"
    ? 0
    : run(process.execPath, [
        "--conditions=react-server",
        "node_modules/@playwright/test/cli.js",
        "test",
        "--reporter=list,json",
      ]);

function count(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, "utf8")));
}
const unit = count(unitReport, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = count(e2eReport, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + (r.stats.flaky ?? 0) }));
const failedRuns = (unitStatus !== 0 && unit.failed === 0 ? 1 : 0) + (e2eStatus !== 0 && e2e.failed === 0 ? 1 : 0);

console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`total: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + failedRuns} failed`);
process.exit(unitStatus || e2eStatus);
