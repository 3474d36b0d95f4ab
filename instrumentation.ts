// Runs once when the server boots, before it takes requests: a bad environment stops it here with a clear
// message, and the spelling dictionaries of the usual language pair load now (about 0.1 s each) rather than
// on the first volunteer's click; other languages load when a post in them is first checked. Nothing else loads
// here: this layer's copies of the app's modules serve no page (the import pipeline warms up with the import
// page, see warm-up-import.ts).
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
