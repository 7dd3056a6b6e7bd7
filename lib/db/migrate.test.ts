import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";

function tempMigrations(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("applyMigrations", () => {
  it("applies the project's migrations once and records them like Prisma", () => {
    const databaseUrl = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ftp-db-")), "sub", "app.db")}`;
    const migrationsDir = path.resolve("prisma/migrations");
    expect(applyMigrations({ databaseUrl, migrationsDir }).length).toBeGreaterThan(0);
    expect(applyMigrations({ databaseUrl, migrationsDir })).toEqual([]);
    const sqlite = new Database(databaseUrl.slice(5));
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(["user", "session", "workspace", "member", "connection", "_prisma_migrations"]),
    );
    const rows = sqlite.prepare(`SELECT checksum, finished_at FROM "_prisma_migrations"`).all() as {
      checksum: string;
      finished_at: string;
    }[];
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.finished_at)).toBe(true);
    sqlite.close();
  });

  it("rolls back a failing migration whole and applies later ones only after it is fixed", () => {
    const databaseUrl = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ftp-db-")), "app.db")}`;
    const migrationsDir = tempMigrations({
      "1_ok": "CREATE TABLE a (id INTEGER);",
      "2_bad": "CREATE TABLE b (id INTEGER); INSERT INTO missing VALUES (1);",
      "3_later": "CREATE TABLE c (id INTEGER);",
    });
    expect(() => applyMigrations({ databaseUrl, migrationsDir })).toThrow(/missing/);
    const sqlite = new Database(databaseUrl.slice(5));
    expect(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('a','b','c')").pluck().all(),
    ).toEqual(["a"]);
    sqlite.close();

    fs.writeFileSync(path.join(migrationsDir, "2_bad", "migration.sql"), "CREATE TABLE b (id INTEGER);");
    expect(applyMigrations({ databaseUrl, migrationsDir })).toEqual(["2_bad", "3_later"]);
  });
});
