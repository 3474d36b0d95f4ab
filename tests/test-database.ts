import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/create-prisma-client";
import { closeSqlite } from "@/lib/server/sqlite-connection";
// @ts-expect-error plain ESM script without types
import { deployUrl } from "../scripts/prisma-migrate.mjs";

/**
 * A fresh, migrated SQLite file for the calling test file, with the same migrations as `npm start`.
 * The use cases' db() reads DATABASE_URL lazily, so setting it in beforeAll points them at this file.
 */
export function setUpTestDatabase(): { prisma: () => PrismaClient } {
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "retouche-unit-")), "test.db")}`;
    await deployUrl(url);
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
    client = createPrismaClient(url);
  });
  afterAll(async () => {
    await client?.$disconnect();
    const slot = globalThis as { retouchePrisma?: PrismaClient };
    await slot.retouchePrisma?.$disconnect();
    slot.retouchePrisma = undefined;
    closeSqlite();
  });
  return {
    prisma: () => {
      if (!client) throw new Error("the test database is created in beforeAll");
      return client;
    },
  };
}
