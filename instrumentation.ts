// Runs once when the server boots: a bad environment stops it here with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { parseEnv } = await import("@/lib/env-schema");
    parseEnv(process.env, { server: true });
  }
}
