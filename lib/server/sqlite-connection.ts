import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./create-prisma-client";

// A direct better-sqlite3 connection for the few hot paths where Prisma's query engine costs more than the
// work itself (saving a segment: measured ~9x). Raw SQL lives only in lib/server/*-sql.ts modules.
// No "server-only" guard: benches and tests use it too.

const slot = globalThis as unknown as { retoucheSqlite?: { url: string; db: Database.Database } };

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset; write the same. */
export function sqliteTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function sqlite(): Database.Database {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (slot.retoucheSqlite && slot.retoucheSqlite.url === url) return slot.retoucheSqlite.db;
  slot.retoucheSqlite?.db.close();
  if (!url.startsWith("file:")) throw new Error(`the fast save path needs a file: DATABASE_URL, not ${url}`);
  const db = new Database(url.slice("file:".length), { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  slot.retoucheSqlite = { url, db };
  return db;
}

export function closeSqlite(): void {
  slot.retoucheSqlite?.db.close();
  slot.retoucheSqlite = undefined;
}
