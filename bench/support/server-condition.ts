// Benches that load lib/server need React's server condition (lib/server imports "server-only", as the app
// does). Imported first, this re-runs the bench under `--conditions=react-server` when it was started without it,
// so `npx tsx bench/<name>.ts` keeps working; nothing below the import runs in the first process.
import { spawnSync } from "node:child_process";

const CONDITION = "--conditions=react-server";

if (!process.execArgv.includes(CONDITION)) {
  const rerun = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(rerun.status ?? 1);
}
