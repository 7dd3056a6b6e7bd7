import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI only generates the client here; migrations run through scripts/db.ts.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/app.db" },
});
