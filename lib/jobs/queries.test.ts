import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { setPrice } from "@/lib/pricing/queries";
import { seedDatasetVersion, seedJobs } from "../../scripts/test/seed-jobs";
import { controlJob } from "./control";
import { EXTERNAL_PERSON, JOB_PAGE_SIZE, parseJobListQuery } from "./list";
import { getJobOrThrow, listJobEvents, listJobFacets, listJobMetrics, listJobs, saveDeploymentName } from "./queries";

const raw = new Database((process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
raw.pragma("busy_timeout = 5000");

let alice: Awaited<ReturnType<typeof seedWorkspace>>;
let bob: Awaited<ReturnType<typeof seedWorkspace>>;
let ids: string[];
let dataset: ReturnType<typeof seedDatasetVersion>;
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
  bob = await seedWorkspace("Bob");
  dataset = seedDatasetVersion(raw, { workspaceId: alice.workspaceId, name: "Support answers" });
  ids = seedJobs(raw, {
    workspaceId: alice.workspaceId,
    jobs: [
      // 0: the oldest, long, succeeded with metrics and checkpoints
      {
        status: "succeeded",
        startedById: alice.userId,
        createdAt: day(1),
        finishedAt: new Date(day(1).getTime() + 3_600_000),
        trainedTokens: 1_000_000,
        suffix: "helpdesk",
        trainingVersionId: dataset.versionId,
        steps: 30,
        epochs: 3,
        checkpoints: [10, 20, 30],
      },
      // 1: failed, short
      {
        status: "failed",
        startedById: alice.userId,
        createdAt: day(2),
        finishedAt: new Date(day(2).getTime() + 60_000),
        error: { code: "invalid_training_file", message: "Invalid file format. Example 3", param: "training_file" },
      },
      // 2: running, external, other model, estimated cost only
      {
        status: "running",
        external: true,
        createdAt: day(3),
        baseModel: "gpt-4.1-mini-2025-04-14",
        estimatedCost: 7,
        steps: 5,
      },
      // 3: the newest, succeeded, cheap
      { status: "succeeded", startedById: alice.userId, createdAt: day(4), trainedTokens: 10_000 },
    ],
  });
  seedJobs(raw, { workspaceId: bob.workspaceId, jobs: [{ status: "succeeded", suffix: "helpdesk" }] });
});

const list = (params: Record<string, string> = {}) =>
  listJobs({ workspaceId: alice.workspaceId, query: parseJobListQuery(params) });
const order = async (params: Record<string, string>) => (await list(params)).jobs.map((job) => ids.indexOf(job.id));

describe("listJobs", () => {
  it("lists only the workspace's jobs, newest first, with who started them", async () => {
    const page = await list();
    expect(page.total).toBe(4);
    expect(page.jobs.map((job) => ids.indexOf(job.id))).toEqual([3, 2, 1, 0]);
    expect(page.jobs[0]).toMatchObject({ startedBy: "Alice", external: false });
    expect(page.jobs[1]).toMatchObject({ startedBy: null, external: true });
    expect(page.jobs[3]?.dataset).toEqual({ datasetId: dataset.datasetId, name: "Support answers", number: 1 });
  });

  it("sorts by duration, cost, trained tokens, finish and status, unknown values last", async () => {
    expect(await order({ sort: "duration" })).toEqual([0, 3, 1, 2]);
    expect(await order({ sort: "duration", dir: "asc" })).toEqual([1, 3, 0, 2]);
    expect(await order({ sort: "tokens" })).toEqual([0, 3, 2, 1]);
    // Status in its life order (validating … cancelled), descending: failed, succeeded, running.
    expect(await order({ sort: "status" })).toEqual([1, 3, 0, 2]);
    expect(await order({ sort: "finished", dir: "asc" })).toEqual([0, 1, 3, 2]);
  });

  it("costs trained tokens at the workspace's price, else the estimate", async () => {
    const before = await list({ sort: "cost" });
    expect(before.jobs.map((job) => [ids.indexOf(job.id), job.cost])).toEqual([
      [2, 7],
      [0, 3],
      [3, 0.03],
      [1, null],
    ]);
    await setPrice({
      actor: actorOf(alice),
      model: "gpt-4o-mini-2024-07-18",
      training: 10,
      input: 1,
      cachedInput: 1,
      output: 1,
    });
    expect((await list({ sort: "cost" })).jobs.map((job) => [ids.indexOf(job.id), job.cost])).toEqual([
      [0, 10],
      [2, 7],
      [3, 0.1],
      [1, null],
    ]);
    expect((await getJobOrThrow({ workspaceId: alice.workspaceId, jobId: ids[0] ?? "" })).cost).toBe(10);
  });

  it("filters by status, model, person, dataset and connection, and searches names, ids, suffixes and datasets", async () => {
    expect(await order({ status: "succeeded" })).toEqual([3, 0]);
    expect(await order({ model: "gpt-4.1-mini-2025-04-14" })).toEqual([2]);
    expect(await order({ person: EXTERNAL_PERSON })).toEqual([2]);
    expect(await order({ person: alice.userId })).toEqual([3, 1, 0]);
    expect(await order({ dataset: dataset.datasetId })).toEqual([0]);
    expect(await order({ q: "HELPDESK" })).toEqual([0]);
    expect(await order({ q: "support ans" })).toEqual([0]);
    const job = await getJobOrThrow({ workspaceId: alice.workspaceId, jobId: ids[1] ?? "" });
    expect(await order({ q: job.providerJobId.slice(6, 20) })).toEqual([1]);
    expect(await order({ q: "100%" })).toEqual([]);
    expect(await order({ connection: "no-such-connection" })).toEqual([]);
  });

  it("pages through many jobs without gaps or repeats", async () => {
    const { workspaceId } = await seedWorkspace("Pager");
    const many = seedJobs(raw, {
      workspaceId,
      jobs: Array.from({ length: JOB_PAGE_SIZE * 2 + 3 }, (_, index) => ({
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
      })),
    });
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(await listJobs({ workspaceId, query: parseJobListQuery({ page: String(page) }) }));
    expect(pages.map((page) => page.jobs.length)).toEqual([JOB_PAGE_SIZE, JOB_PAGE_SIZE, 3]);
    expect(pages.flatMap((page) => page.jobs.map((job) => job.id))).toEqual([...many].reverse());
    expect(pages[0]?.pageCount).toBe(3);
    const beyond = await listJobs({ workspaceId, query: parseJobListQuery({ page: "99" }) });
    expect(beyond.page).toBe(3);
  });
});

describe("listJobFacets", () => {
  it("offers the workspace's connections, models, people (and the outside mark) and datasets with counts", async () => {
    const facets = await listJobFacets(alice.workspaceId);
    expect(facets.models).toEqual([
      { value: "gpt-4.1-mini-2025-04-14", label: "gpt-4.1-mini-2025-04-14", count: 1 },
      { value: "gpt-4o-mini-2024-07-18", label: "gpt-4o-mini-2024-07-18", count: 3 },
    ]);
    expect(facets.people).toEqual([
      { value: alice.userId, label: "Alice", count: 3 },
      { value: EXTERNAL_PERSON, label: EXTERNAL_PERSON, count: 1 },
    ]);
    expect(facets.datasets).toEqual([{ value: dataset.datasetId, label: "Support answers", count: 1 }]);
    expect(facets.connections).toEqual([]);
  });
});

describe("one job", () => {
  it("answers not_found for another workspace's job everywhere", async () => {
    const ref = { workspaceId: bob.workspaceId, jobId: ids[0] ?? "" };
    await expect(getJobOrThrow(ref)).rejects.toMatchObject({ code: "not_found" });
    await expect(listJobEvents(ref)).rejects.toMatchObject({ code: "not_found" });
    await expect(listJobMetrics(ref)).rejects.toMatchObject({ code: "not_found" });
    await expect(saveDeploymentName({ ...ref, deploymentName: "x1" })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      controlJob({
        actor: actorOf({ workspaceId: bob.workspaceId, userId: "u" }),
        jobId: ref.jobId,
        control: "cancel",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows a succeeded job's timeline, progress, hyperparameters and checkpoints", async () => {
    const job = await getJobOrThrow({ workspaceId: alice.workspaceId, jobId: ids[0] ?? "" });
    expect(job.timeline.map((step) => step.state)).toEqual(["done", "done", "done", "done", "done"]);
    expect(job.timeline.every((step) => step.at !== null)).toBe(true);
    expect(job).toMatchObject({ currentStep: 30, totalSteps: 30, durationSeconds: 3600, startedBy: "Alice" });
    expect(job.hyperparameters).toEqual({ n_epochs: 3, batch_size: 1, learning_rate_multiplier: 1.8 });
    expect(job.checkpoints.map((checkpoint) => checkpoint.step)).toEqual([10, 20, 30]);
    expect(job.checkpoints[0]?.metrics.train_loss).toBeTypeOf("number");
  });

  it("keeps a failed job's error and marks the steps it never reached", async () => {
    const job = await getJobOrThrow({ workspaceId: alice.workspaceId, jobId: ids[1] ?? "" });
    expect(job.error).toEqual({
      code: "invalid_training_file",
      message: "Invalid file format. Example 3",
      param: "training_file",
    });
    expect(job.timeline.map((step) => step.state)).toEqual(["done", "done", "skipped", "skipped", "done"]);
  });

  it("pages events after a seq, filters by level, and moves the cursor past filtered-out events", async () => {
    const ref = { workspaceId: alice.workspaceId, jobId: ids[0] ?? "" };
    const first = await listJobEvents({ ...ref, limit: 10 });
    expect(first.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first).toMatchObject({ hasMore: true, throughSeq: 10 });
    const rest = await listJobEvents({ ...ref, afterSeq: first.throughSeq });
    const total = (await getJobOrThrow(ref)).eventCount;
    expect(rest.events.at(-1)?.seq).toBe(total);
    expect(rest.hasMore).toBe(false);
    const warnings = await listJobEvents({ ...ref, level: "warn" });
    expect(warnings.events.map((event) => event.message)).toEqual([
      "The validation file has few examples: validation loss may be noisy",
    ]);
    expect(warnings.throughSeq).toBe(total);
  });

  it("returns metrics after a step, in order", async () => {
    const ref = { workspaceId: alice.workspaceId, jobId: ids[0] ?? "" };
    const page = await listJobMetrics({ ...ref, afterStep: 25 });
    expect(page.points.map((point) => point.step)).toEqual([26, 27, 28, 29, 30]);
    expect(page.points[0]).toMatchObject({ validLoss: null, trainLoss: expect.any(Number) });
  });

  it("refuses to pause, resume or cancel a job whose status does not allow it, before asking the provider", async () => {
    const ended = { workspaceId: alice.workspaceId, jobId: ids[1] ?? "" };
    for (const control of ["cancel", "pause", "resume"] as const)
      await expect(
        controlJob({ actor: actorOf({ workspaceId: ended.workspaceId, userId: "u" }), jobId: ended.jobId, control }),
      ).rejects.toMatchObject({
        code: expect.stringMatching(/conflict/),
      });
    const running = { workspaceId: alice.workspaceId, jobId: ids[2] ?? "" };
    const actor = actorOf({ workspaceId: running.workspaceId, userId: "u" });
    await expect(controlJob({ actor, jobId: running.jobId, control: "resume" })).rejects.toMatchObject({
      reason: { code: "jobNotResumable" },
    });
    // The running job's connection is gone (seeded without one): the app says so instead of calling out.
    await expect(controlJob({ actor, jobId: running.jobId, control: "pause" })).rejects.toMatchObject({
      reason: { code: "jobConnectionDeleted" },
    });
  });

  it("keeps the Azure deployment name", async () => {
    const ref = { workspaceId: alice.workspaceId, jobId: ids[3] ?? "" };
    await saveDeploymentName({ ...ref, deploymentName: "support-v1" });
    expect((await db.job.findUniqueOrThrow({ where: { id: ref.jobId } })).deploymentName).toBe("support-v1");
  });
});
