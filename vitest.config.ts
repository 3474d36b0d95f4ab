import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  // Tests run where the server runs: under React's server condition, so `import "server-only"` in lib/server
  // resolves to its empty module (scripts and Playwright run with `--conditions=react-server` for the same reason)
  ssr: { resolve: { conditions: ["react-server", ...defaultServerConditions] } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
