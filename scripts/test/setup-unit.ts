// Each test file runs in its own process on a fresh SQLite database with the real migrations.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-unit-"));
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.APP_SECRET = "unit-test-secret-0123456789abcdef0123456789";
process.env.LOG_LEVEL = "error";
applyMigrations({ databaseUrl: process.env.DATABASE_URL, migrationsDir: path.resolve("prisma/migrations") });
