import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

// Shared by the server, scripts, unit tests and e2e factories (the Playwright runner cannot load "server-only"
// modules), so this file deliberately has no server-only guard. It holds no secrets.

// The better-sqlite3 adapter opens the file inside connect() and has no on-connect hook: set WAL there.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

class WalBetterSqlite3 extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

export const DEFAULT_DATABASE_URL = "file:./data/retouche.db";

// Which database each client talks to, so a raw SQL path (lib/server/*-sql.ts) can open the same file. On
// globalThis: Next bundles this module once per layer, and a client made in one is used from another.
const slot = globalThis as unknown as { retoucheDatabaseUrls?: WeakMap<PrismaClient, string> };
slot.retoucheDatabaseUrls ??= new WeakMap();
const DATABASE_URLS = slot.retoucheDatabaseUrls;

export function createPrismaClient(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  if (url.startsWith("file:")) {
    const client = new PrismaClient({ adapter: new WalBetterSqlite3({ url, timeout: 5000 }) });
    DATABASE_URLS.set(client, url);
    return client;
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": this build supports file: (SQLite) URLs`);
}

export function databaseUrlOf(client: PrismaClient): string {
  const url = DATABASE_URLS.get(client);
  if (!url) throw new Error("this Prisma client was not made by createPrismaClient");
  return url;
}

export type { PrismaClient };
