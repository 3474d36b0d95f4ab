// Runs once when the server boots, before it takes requests: a bad environment stops it here with a clear
// message, and the spelling dictionaries of the usual language pair load now (seconds for French) rather than
// stalling the first volunteer who opens a post.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { parseEnv } = await import("@/lib/env-schema");
    const env = parseEnv(process.env, { server: true });
    const { loadSpeller } = await import("@/lib/qa-dictionaries/load-spellers");
    const started = performance.now();
    await Promise.all(env.QA_PRELOAD_LANGUAGES.map((lang) => loadSpeller(lang)));
    console.log(
      `QA dictionaries ready (${env.QA_PRELOAD_LANGUAGES.join(", ")}) in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
