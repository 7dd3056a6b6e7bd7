import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { seedDatasetVersion, seedJobs } from "../../scripts/test/seed-jobs";
import { jobDetailQueryOptions, jobEventsFeed, jobListQueryOptions, jobMetricsFeed } from "./client";
import { parseJobListQuery } from "./list";
import { getJobOrThrow, listJobEvents, listJobMetrics, listJobs } from "./queries";

const raw = new Database((process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
raw.pragma("busy_timeout = 5000");

let workspaceId: string;
let jobIds: string[];

beforeAll(async () => {
  ({ workspaceId } = await seedWorkspace("Client"));
  const dataset = seedDatasetVersion(raw, { workspaceId, name: "Support answers" });
  jobIds = seedJobs(raw, {
    workspaceId,
    jobs: [
      {
        status: "succeeded",
        trainedTokens: 1_000,
        trainingVersionId: dataset.versionId,
        steps: 12,
        checkpoints: [6, 12],
      },
      {
        status: "failed",
        error: { code: "invalid_training_file", message: "Invalid file format", param: "training_file" },
      },
      { status: "running", external: true, steps: 3 },
    ],
  });
});

afterEach(() => vi.unstubAllGlobals());

/** Answers the next fetch with what the route handler would send: the domain function's result as JSON. */
function serve(body: unknown) {
  const fetch = vi.fn(async () => Response.json(JSON.parse(JSON.stringify(body))));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const context = {} as never;

describe("the jobs pages' schemas read what the routes send", () => {
  it("the job list", async () => {
    const page = await listJobs({ workspaceId, query: parseJobListQuery(new URLSearchParams()) });
    const fetch = serve(page);
    await expect(jobListQueryOptions("").queryFn?.(context)).resolves.toEqual(page);
    expect(fetch).toHaveBeenCalledWith("/api/jobs?", expect.anything());
  });

  it.each([0, 1, 2])("the detail of job %i", async (index) => {
    const jobId = jobIds[index] ?? "";
    const job = await getJobOrThrow({ workspaceId, jobId });
    serve(job);
    const parsed = await jobDetailQueryOptions(jobId).queryFn?.(context);
    // Fields the page does not read (a dataset's versionId) are left out; every other one comes through.
    expect(job).toMatchObject(parsed ?? {});
    expect(Object.keys(parsed ?? {}).sort()).toEqual(Object.keys(job).sort());
  });

  it("events and metrics, as appending pages", async () => {
    const jobId = jobIds[0] ?? "";
    const events = await listJobEvents({ workspaceId, jobId });
    serve(events);
    await expect(jobEventsFeed(jobId, "all").fetchPage(0)).resolves.toEqual({
      items: events.events,
      hasMore: events.hasMore,
      cursor: events.throughSeq,
    });
    const metrics = await listJobMetrics({ workspaceId, jobId });
    expect(metrics.points.length).toBeGreaterThan(0);
    const fetch = serve(metrics);
    const page = await jobMetricsFeed(jobId).fetchPage(4);
    expect(page.items).toEqual(metrics.points);
    expect(fetch).toHaveBeenCalledWith(`/api/jobs/${jobId}/metrics?afterStep=4`, expect.anything());
  });
});
