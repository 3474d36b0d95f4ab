import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyRuntimeDefaults } from "./runtime-env";

describe("applyRuntimeDefaults", () => {
  it("makes a session secret on the first start and gives the same one to every later process", () => {
    const root = mkdtempSync(path.join(tmpdir(), "retouche-runtime-env-"));
    const supervisor: Record<string, string | undefined> = {};
    applyRuntimeDefaults(supervisor, root);
    const file = path.join(root, "data/auth-secret");
    expect(supervisor.AUTH_SECRET).toBe(readFileSync(file, "utf8").trim());
    expect(supervisor.AUTH_SECRET?.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const server: Record<string, string | undefined> = {};
    applyRuntimeDefaults(server, root);
    expect(server.AUTH_SECRET).toBe(supervisor.AUTH_SECRET);
    expect(server).toMatchObject({
      DATABASE_URL: "file:./data/retouche.db",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    });
  });

  it("keeps what the environment sets", () => {
    const root = mkdtempSync(path.join(tmpdir(), "retouche-runtime-env-"));
    const env: Record<string, string | undefined> = {
      AUTH_SECRET: "from-the-environment-0123456789abcdef",
      DATABASE_URL: "file:/srv/retouche.db",
      AUTH_TRUST_HOST: "false",
    };
    applyRuntimeDefaults(env, root);
    expect(env).toMatchObject({
      AUTH_SECRET: "from-the-environment-0123456789abcdef",
      DATABASE_URL: "file:/srv/retouche.db",
      AUTH_TRUST_HOST: "false",
    });
  });
});
