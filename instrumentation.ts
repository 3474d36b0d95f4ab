// Runs once when the server boots, before it takes requests: a bad environment stops it here with a clear
// message. The spelling dictionaries of the usual language pair (QA_PRELOAD_LANGUAGES) then load in the
// background, about 0.1 s each, so that they are there when the first volunteer opens a post without delaying
// the boot; other languages load when a post in them is first checked. Nothing else loads here: this layer's
// copies of the app's modules serve no page (the import pipeline warms up with the import page, see
// lib/server/posts/warm-up-import.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { parseEnv } = await import("@/lib/env-schema");
    const env = parseEnv(process.env, { server: true });
    const { loadSpeller } = await import("@/lib/server/infrastructure/load-spellers");
    const started = performance.now();
    Promise.all(env.QA_PRELOAD_LANGUAGES.map((lang) => loadSpeller(lang))).then(
      () => {
        const languages = env.QA_PRELOAD_LANGUAGES.join(", ");
        console.log(`QA dictionaries ready (${languages}) in ${Math.round(performance.now() - started)} ms`);
      },
      // the checks load them again on first use, and say so then if it fails again
      (error) => console.warn(`QA dictionaries not preloaded: ${error instanceof Error ? error.message : error}`),
    );
  }
}
