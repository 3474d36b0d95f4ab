import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. Migrations go through scripts/prisma-migrate.mjs (wasm schema engine),
// because the Prisma 7 CLI needs a native schema-engine binary that cannot be downloaded here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/retouche.db" },
});
