/** Generates migration SQL with Prisma's wasm schema engine (the CLI's native engine cannot be downloaded offline). */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type Adapter = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;

let loaded: Promise<void> | undefined;

/** The package's own entry point imports the .wasm as an ES module, which Node cannot do: instantiate it by hand. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(glue.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

/** Replaces the engine's "External error id#N" with the error the driver adapter actually threw. */
function explain(error: unknown, adapter: Adapter): Error {
  const message = error instanceof Error ? error.message : String(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const cause = id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id))?.error;
  if (cause === undefined) return error instanceof Error ? error : new Error(message);
  return new Error(`Schema engine: ${cause instanceof Error ? cause.message : JSON.stringify(cause)}`, { cause });
}

/**
 * The SQL that brings the SQLite database at `databaseUrl` to the state described by the schema file,
 * or "" when they already match.
 */
export async function diffDatabaseToSchema(options: { databaseUrl: string; schemaPath: string }): Promise<string> {
  await loadWasm();
  const files = [{ path: options.schemaPath, content: fs.readFileSync(options.schemaPath, "utf8") }];
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: options.databaseUrl }));
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: files.map((file) => [file.path, file.content]) },
      () => {},
      adapter,
    );
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(options.schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        // With exitCode set, the engine reports 2 when there is something to migrate and 0 when not.
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } catch (error) {
    throw explain(error, adapter);
  }
}
