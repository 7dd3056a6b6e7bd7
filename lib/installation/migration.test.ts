/** An installation upgraded from before installation admins gets one: its oldest account. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";

const MIGRATION = "20261207215016_installation_signup";

it("makes the oldest existing account installation admin, and only that one", () => {
  const all = path.resolve("prisma/migrations");
  const before = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-migrations-"));
  for (const name of fs.readdirSync(all).filter((name) => name < MIGRATION))
    fs.cpSync(path.join(all, name), path.join(before, name), { recursive: true });
  const databaseUrl = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ftp-db-")), "app.db")}`;
  applyMigrations({ databaseUrl, migrationsDir: before });

  const sqlite = new Database(databaseUrl.slice(5));
  const insert = sqlite.prepare(
    `INSERT INTO "user" ("id", "name", "email", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`,
  );
  insert.run("b", "Later", "later@example.com", "2026-02-01T00:00:00.000+00:00", "2026-02-01T00:00:00.000+00:00");
  insert.run("z", "First", "first@example.com", "2026-01-01T00:00:00.000+00:00", "2026-01-01T00:00:00.000+00:00");
  sqlite.close();

  expect(applyMigrations({ databaseUrl, migrationsDir: all })).toContain(MIGRATION);
  const upgraded = new Database(databaseUrl.slice(5));
  const admins = upgraded.prepare(`SELECT "id" FROM "user" WHERE "installationAdmin" = 1`).pluck().all();
  upgraded.close();
  expect(admins).toEqual(["z"]);
});
