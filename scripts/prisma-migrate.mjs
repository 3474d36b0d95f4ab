#!/usr/bin/env node
// Offline replacement for `prisma migrate dev|deploy|diff`: the Prisma 7 CLI needs a native schema-engine binary that
// cannot be downloaded here, so this drives @prisma/schema-engine-wasm through the same driver adapter as the app.
// It writes Prisma's own layout (prisma/migrations/<stamp>_<name>/migration.sql) and `_prisma_migrations` table.
// Usage: node scripts/prisma-migrate.mjs dev --name X | deploy | check
// DATABASE_URL: file:./data/retouche.db (better-sqlite3) | postgresql://… (pg, needs `pg` + `@prisma/adapter-pg`)
import { existsSync, mkdirSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const filters = { externalTables: [], externalEnums: [] };
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_SCHEMA = path.join(projectRoot, "prisma/schema.prisma");
export const DEFAULT_MIGRATIONS = path.join(projectRoot, "prisma/migrations");

let rtPromise;
export function loadSchemaEngineWasm() {
  rtPromise ??= (async () => {
    const bg = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const rt = await import(bg);
    const mod = new WebAssembly.Module(await readFile(path.join(path.dirname(bg), "schema_engine_bg.wasm")));
    const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": rt });
    rt.__wbg_set_wasm(inst.exports);
    inst.exports.__wbindgen_start?.();
    return rt;
  })();
  return rtPromise;
}

export async function adapterFactoryFromUrl(url) {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    // data/ is not in git: create it on first start
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3({ url });
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { default: pg } = await import("pg");
    // @prisma/adapter-pg 7.10 cannot read the internal `"char"` type (OID 18) that the schema engine's catalog
    // queries return; report it as text (OID 25).
    if (!pg.Result.prototype.__charPatched) {
      const addFields = pg.Result.prototype.addFields;
      pg.Result.prototype.addFields = function (fields) {
        for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
        return addFields.call(this, fields);
      };
      pg.Result.prototype.__charPatched = true;
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: url });
  }
  throw new Error(`Unsupported DATABASE_URL: ${url} (use file:… or postgresql://…)`);
}

async function readSchema(schemaPath) {
  const st = await stat(schemaPath);
  const files = st.isDirectory()
    ? (await readdir(schemaPath))
        .filter((f) => f.endsWith(".prisma"))
        .sort()
        .map((f) => path.join(schemaPath, f))
    : [schemaPath];
  return Promise.all(files.map(async (p) => ({ path: p, content: await readFile(p, "utf8") })));
}

async function readMigrations(dir) {
  const lock = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: path.resolve(dir),
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? await readFile(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

const openAdapters = new Set();
const tracked = (factory) => ({
  provider: factory.provider,
  adapterName: factory.adapterName,
  connect: async () => {
    const a = await factory.connect();
    openAdapters.add(a);
    return a;
  },
  connectToShadowDb: async () => {
    const a = await factory.connectToShadowDb();
    openAdapters.add(a);
    return a;
  },
});
export async function closeAdapters() {
  for (const a of [...openAdapters].reverse()) {
    openAdapters.delete(a);
    await a.dispose?.();
  }
}

async function newEngine(factory, files) {
  const rt = await loadSchemaEngineWasm();
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (l) => console.error("[schema-engine]", l) : () => {};
  return rt.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked(factory)),
  );
}

// The wasm engine cannot make its own shadow DB: replay the history into a throwaway one and diff it with the schema.
export async function diffMigrationsToSchema(factory, files, migrations) {
  const shadow = await factory.connectToShadowDb();
  const shadowFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => shadow,
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  const engine = await newEngine(shadowFactory, files);
  try {
    if (migrations.migrationDirectories.length) await engine.applyMigrations({ migrationsList: migrations, filters });
    const res = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(path.resolve(files[0].path)) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters,
    });
    return res.exitCode === 2 ? res.stdout : null;
  } finally {
    engine.free();
    openAdapters.delete(shadow);
    await shadow.dispose?.();
  }
}

export async function deploy(factory, files, migrations) {
  const engine = await newEngine(factory, files);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrations, filters });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** Apply pending migrations of this project to `url` (idempotent). Used by start, tests and CI. */
export async function deployUrl(url, { schema = DEFAULT_SCHEMA, migrations = DEFAULT_MIGRATIONS } = {}) {
  try {
    return await deploy(await adapterFactoryFromUrl(url), await readSchema(schema), await readMigrations(migrations));
  } finally {
    await closeAdapters();
  }
}

/**
 * The migrations of the folder not yet applied to a SQLite file, read without taking any lock: the schema engine
 * locks the file while it works, which a running server would make time out.
 */
export async function listPendingMigrations(url, { migrations = DEFAULT_MIGRATIONS } = {}) {
  const names = (await readMigrations(migrations)).migrationDirectories.map((d) => d.path);
  if (!url.startsWith("file:")) return names;
  const file = url.slice("file:".length);
  if (!existsSync(file)) return names;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return names;
    const done = new Set(
      db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((row) => row.migration_name),
    );
    return names.filter((name) => !done.has(name));
  } finally {
    db.close();
  }
}

/** deployUrl, only when something is pending (command-line tools may run next to a live server). */
export async function deployIfPending(url, options = {}) {
  if ((await listPendingMigrations(url, options)).length === 0) return [];
  return deployUrl(url, options);
}

const stamp = () => new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      schema: { type: "string", default: DEFAULT_SCHEMA },
      migrations: { type: "string", default: DEFAULT_MIGRATIONS },
      "create-only": { type: "boolean" },
    },
  });
  const cmd = positionals[0];
  // check and dev only need a shadow DB; an in-memory SQLite one will do when no database is configured
  const url = process.env.DATABASE_URL ?? (cmd === "deploy" ? "file:./data/retouche.db" : "file::memory:");
  const files = await readSchema(values.schema);
  const factory = await adapterFactoryFromUrl(url);
  let migrations = await readMigrations(values.migrations);
  if (cmd === "dev") {
    const sql = await diffMigrationsToSchema(factory, files, migrations);
    if (sql) {
      const dirName = `${stamp()}_${(values.name ?? "migration").replace(/[^a-zA-Z0-9_]+/g, "_")}`;
      await mkdir(path.join(values.migrations, dirName), { recursive: true });
      await writeFile(path.join(values.migrations, dirName, "migration.sql"), sql);
      const provider = factory.provider === "postgres" ? "postgresql" : factory.provider;
      await writeFile(
        path.join(values.migrations, "migration_lock.toml"),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
      );
      console.log(`Created ${path.relative(projectRoot, values.migrations)}/${dirName}/migration.sql`);
      migrations = await readMigrations(values.migrations);
    } else console.log("No schema changes; no migration created.");
    if (!values["create-only"] && url !== "file::memory:")
      console.log("Applied:", await deploy(factory, files, migrations));
    return 0;
  }
  if (cmd === "deploy") {
    console.log("Applied:", await deploy(factory, files, migrations));
    return 0;
  }
  if (cmd === "check") {
    const sql = await diffMigrationsToSchema(factory, files, migrations);
    if (!sql) {
      console.log("OK: migrations match schema.prisma");
      return 0;
    }
    console.log(`Drift: schema.prisma has changes that are not in prisma/migrations:\n${sql}`);
    console.log("Run `npm run db:migrate -- <name>` to create the migration.");
    return 1;
  }
  throw new Error("usage: prisma-migrate.mjs dev --name <name> | deploy | check");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let code = 1;
  main()
    .then((c) => {
      code = c;
    })
    .catch((e) => console.error(e?.message ?? e))
    .finally(async () => {
      await closeAdapters();
      process.exit(code);
    });
}
