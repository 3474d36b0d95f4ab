import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rules of docs/architecture.md that a machine can check: a newcomer who breaks one learns it here, with the
// file named, rather than from a bundle that ships server code to the browser.

const ROOT = path.resolve(import.meta.dirname, "..");

function listFiles(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter(keep);
}

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith(".d.ts");
const importsOf = (source: string) =>
  [...source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({
    typeOnly: Boolean(m[2]),
    from: m[3],
    statement: m[0].trim(),
  }));

describe("the layout", () => {
  it("every module in a lib/server room refuses to load in the browser (import 'server-only' first)", () => {
    // Files directly in lib/server are the database access that issue 14 moves into lib/server/store/.
    const rooms = listFiles("lib/server", isSource).filter((file) => file.split(path.sep).length > 3);
    expect(rooms.length).toBeGreaterThan(40);
    const unguarded = rooms.filter(
      (file) => !readFileSync(path.join(ROOT, file), "utf8").startsWith('import "server-only";'),
    );
    expect(unguarded).toEqual([]);
  });

  it("client components take only types from lib/server", () => {
    const clients = listFiles("app", (file) => isSource(file)).filter((file) =>
      /^["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(clients.length).toBeGreaterThan(5);
    const offending = clients.flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), "utf8"))
        .filter((entry) => entry.from.startsWith("@/lib/server") && !entry.typeOnly)
        .map((entry) => `${file}: ${entry.statement}`),
    );
    expect(offending).toEqual([]);
  });

  it("lib/ outside lib/server does no I/O and knows no framework", () => {
    const pure = listFiles("lib", isSource).filter((file) => !file.startsWith(path.join("lib", "server")));
    const forbidden =
      /^(node:|fs$|net$|http$|child_process$|next(\/|$)|react(-dom)?(\/|$)|@prisma\/|better-sqlite3$)|generated\//;
    const offending = pure.flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), "utf8"))
        .filter((entry) => forbidden.test(entry.from))
        .map((entry) => `${file}: ${entry.from}`),
    );
    expect(offending).toEqual([]);
  });
});
