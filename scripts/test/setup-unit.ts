// Each test file runs in its own process on a fresh SQLite database with the real migrations.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";

// The caller's environment must not change what a test sees: every setting starts from its default.
for (const name of Object.keys(process.env)) {
  if (
    /^(APP_|PORT$|DATABASE_URL$|DATA_DIR$|SANDBOX_|JOB_|SESSION_|INVITATION_|UPLOAD_|SMTP_|SIGNUP$|PRIVATE_NETWORK_|TRUST_PROXY$|JSON_BODY_|ARCHIVE_)/.test(
      name,
    )
  )
    delete process.env[name];
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-unit-"));
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.APP_SECRET = "unit-test-secret-0123456789abcdef0123456789";
process.env.LOG_LEVEL = "error";
// The database and everything a test file wrote beside it go with the file.
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
applyMigrations({ databaseUrl: process.env.DATABASE_URL, migrationsDir: path.resolve("prisma/migrations") });
