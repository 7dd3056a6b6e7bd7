/** `npm start`: checks the configuration, builds when the sources are newer than the build, then serves. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getEnv } from "../lib/env.ts";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "package-lock.json",
  "next.config.ts",
  "instrumentation.ts",
];
const IGNORED = new Set(["node_modules", "generated", ".next"]);

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => !IGNORED.has(name))
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((entry) => newestChange(entry) <= builtAt);
}

function run(args: string[]): void {
  const result = spawnSync("npx", args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  getEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

if (!buildIsCurrent()) {
  console.log("Building the app (first start or changed sources)…");
  run(["next", "build"]);
}
// The server applies pending database migrations itself as it starts (instrumentation.ts).
run(["tsx", "scripts/serve.ts"]);
