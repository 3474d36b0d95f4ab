import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./create-prisma-client";

// A direct better-sqlite3 connection for the few hot paths where Prisma's query engine costs more than the
// work itself (saving a segment: measured ~9x; storing an import: ~10x, and Prisma compiles each query shape on
// first use). Raw SQL lives only in lib/server/*-sql.ts modules.
// No "server-only" guard: benches and tests use it too.

// One connection per database file; the bench and e2e factories talk to a file other than DATABASE_URL's.
const slot = globalThis as unknown as { retoucheSqlite?: Map<string, Database.Database> };

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset; write the same. */
export function sqliteTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function sqlite(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Database.Database {
  slot.retoucheSqlite ??= new Map();
  const open = slot.retoucheSqlite.get(url);
  if (open) return open;
  if (!url.startsWith("file:")) throw new Error(`the raw SQL paths need a file: DATABASE_URL, not ${url}`);
  const db = new Database(url.slice("file:".length), { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  slot.retoucheSqlite.set(url, db);
  return db;
}

export function closeSqlite(): void {
  for (const db of slot.retoucheSqlite?.values() ?? []) db.close();
  slot.retoucheSqlite?.clear();
}
