import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  it("fills working local defaults", () => {
    expect(parseEnv({ AUTH_SECRET: SECRET })).toMatchObject({
      DATABASE_URL: "file:./data/retouche.db",
      PORT: 3000,
      SEED_DEMO: true,
      FETCH_ALLOW_PRIVATE: false,
      LOGIN_MAX_ATTEMPTS: 5,
    });
  });

  it("names every bad variable in one message", () => {
    const attempt = () => parseEnv({ AUTH_SECRET: "short", DATABASE_URL: "mysql://x", PORT: "http" });
    expect(attempt).toThrow(/DATABASE_URL must be a file: URL/);
    expect(attempt).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(attempt).toThrow(/PORT /);
  });

  it("requires a session secret for the web server only", () => {
    expect(() => parseEnv({}, { server: true })).toThrow(/AUTH_SECRET is required/);
    expect(parseEnv({}).AUTH_SECRET).toBeUndefined();
  });

  it("reads booleans the way people write them", () => {
    expect(parseEnv({ AUTH_SECRET: SECRET, SEED_DEMO: "false", FETCH_ALLOW_PRIVATE: "1" })).toMatchObject({
      SEED_DEMO: false,
      FETCH_ALLOW_PRIVATE: true,
    });
  });
});
