/**
 * The jobs list under load: 10 000 jobs in one workspace, 50 requests at a time to the route the list page
 * polls, against the app's trivial health route. Goal: the list's p95 within 3x the health route's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type JobSeed, seedDatasetVersion, seedJobs, workspaceOf } from "../test/seed-jobs.ts";
import { openDatabase } from "../test/seed-sandbox.ts";
import { startServer } from "./server.ts";
import { signUp } from "./sign-up.ts";
import { report, summarize } from "./stats.ts";

const JOBS = 10_000;
const CONCURRENCY = 50;
const REQUESTS = 1_000;

function manyJobs(userId: string, versionIds: string[]): JobSeed[] {
  const statuses = ["succeeded", "succeeded", "succeeded", "failed", "cancelled", "running"] as const;
  const models = ["gpt-4o-mini-2024-07-18", "gpt-4.1-mini-2025-04-14", "gpt-4.1-2025-04-14"];
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: JOBS }, (_, index) => ({
    status: statuses[index % statuses.length],
    baseModel: models[index % models.length],
    suffix: `run-${index}`,
    external: index % 10 === 0,
    startedById: userId,
    trainingVersionId: versionIds[index % versionIds.length] ?? null,
    createdAt: new Date(start + index * 3_600_000),
    trainedTokens: (index * 7919) % 2_000_000,
  }));
}

/** `total` requests, `concurrency` in flight at any time; the latency of each. */
async function load(url: string, cookie: string, { total = REQUESTS, concurrency = CONCURRENCY, status = 200 } = {}) {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== status) throw new Error(`${url} answered ${response.status}`);
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(samples);
}

export async function benchJobsList() {
  console.log(`\nJobs list over HTTP (production build, ${JOBS} jobs, ${CONCURRENCY} concurrent requests)`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-bench-jobs-"));
  const server = await startServer({ port: 3400, dataDir });
  try {
    const { email, cookie } = await signUp(server.url);
    const db = openDatabase(path.join(dataDir, "app.db"));
    const { workspaceId, userId } = workspaceOf(db, email);
    const versions = Array.from({ length: 5 }, (_, index) =>
      seedDatasetVersion(db, { workspaceId, name: `Dataset ${index + 1}` }),
    );
    const seeding = performance.now();
    seedJobs(db, {
      workspaceId,
      jobs: manyJobs(
        userId,
        versions.map((version) => version.versionId),
      ),
    });
    console.log(`  seeded ${JOBS} jobs in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const routes = [
      ["GET /api/health (trivial)", "/api/health", 200],
      // Only the sign-in check and one lookup: what every signed-in route pays before its own work.
      ["GET /api/jobs/missing (sign-in check, 404)", "/api/jobs/missing", 404],
      ["GET /api/jobs (newest first, page 1)", "/api/jobs", 200],
      ["GET /api/jobs?page=300 (deep page)", "/api/jobs?page=300", 200],
      ["GET /api/jobs?sort=cost (computed sort)", "/api/jobs?sort=cost", 200],
      ["GET /api/jobs?q=run-99&status=succeeded (search)", "/api/jobs?q=run-99&status=succeeded", 200],
    ] as const;
    const results = [];
    for (const [label, route, status] of routes) {
      await load(`${server.url}${route}`, cookie, { total: 100, status }); // warm-up
      const timing = await load(`${server.url}${route}`, cookie, { status });
      report(label, timing);
      results.push(timing);
    }
    const [health, ...lists] = results;
    if (!health) return;
    for (const [index, timing] of lists.entries()) {
      const label = routes[index + 1]?.[0] ?? "";
      console.log(`  p95 ratio ${label.padEnd(52)} ${(timing.p95 / health.p95).toFixed(1)}x (goal: within 3x)`);
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
