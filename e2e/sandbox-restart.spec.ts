import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import OpenAI from "openai";
import { startServer } from "../scripts/bench/server";
import { openDatabase, seedSandboxConnection } from "../scripts/test/seed-sandbox";
import { startT1000Job, waitForJob } from "./sandbox/helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

async function allEvents(client: OpenAI, jobId: string) {
  const events = [];
  for await (const event of client.fineTuning.jobs.listEvents(jobId, { limit: 7 })) events.push(event);
  return events.reverse();
}

test("a server restart in the middle of a job loses, repeats and reorders no event", async () => {
  // Starts a production server of its own, twice: on a busy machine that alone can take most of a minute.
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-restart-"));
  let server = await startServer({ port: PORT, dataDir });
  const db = openDatabase(path.join(dataDir, "app.db"));
  try {
    const { token } = seedSandboxConnection(db, { jobSeconds: 12 });
    const client = new OpenAI({ apiKey: token, baseURL: `${server.url}/api/sandbox/v1`, maxRetries: 0 });
    const job = await startT1000Job(client);
    await waitForJob(client, job.id, ["running"]);
    await expect
      .poll(async () => (await allEvents(client, job.id)).filter((e) => e.type === "metrics").length)
      .toBeGreaterThan(10);
    const before = await allEvents(client, job.id);

    // No wait while it is down: starting a server takes far longer than one of the job's steps (about 0.1 s).
    // (Moving the Sandbox's clock instead would move the times of the events already seen, which this compares.)
    await server.stop();
    server = await startServer({ port: PORT, dataDir });

    // The clock went on while the server was down: the job is further along than when it stopped.
    const resumed = await allEvents(client, job.id);
    expect(resumed.length).toBeGreaterThan(before.length);
    const { job: finished } = await waitForJob(client, job.id, ["succeeded"]);
    const after = await allEvents(client, job.id);

    expect(after.slice(0, before.length)).toEqual(before);
    expect(new Set(after.map((event) => event.id)).size).toBe(after.length);
    const steps = after.flatMap((event) => (event.type === "metrics" ? [(event.data as { step: number }).step] : []));
    expect(steps).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(finished.fine_tuned_model).toMatch(/^ft:gpt-4o-mini-2024-07-18:sandbox:t1000:/);
  } finally {
    db.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
