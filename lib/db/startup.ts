/** Runs once when the server starts: brings the database schema up to date before any request. */
import path from "node:path";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { applyMigrations } from "./migrate";

export function migrateOnStart() {
  const applied = applyMigrations({
    databaseUrl: getEnv().DATABASE_URL,
    migrationsDir: path.join(process.cwd(), "prisma", "migrations"),
  });
  if (applied.length) logger.info(`Applied ${applied.length} database migration(s): ${applied.join(", ")}`);
}
