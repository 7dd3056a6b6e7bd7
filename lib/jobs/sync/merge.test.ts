import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ProviderEvent } from "@/lib/providers/fine-tuning";
import { mergeCheckpoints, mergeEvents } from "./merge";
import { insertJobRow, seedSyncWorkspace } from "./test-provider";

let seed: Awaited<ReturnType<typeof seedSyncWorkspace>>;

beforeAll(async () => {
  seed = await seedSyncWorkspace("http://127.0.0.1:9/v1");
});

const event = (n: number): ProviderEvent =>
  n % 2 === 0
    ? {
        id: `ev-${n}`,
        createdAt: n,
        level: "info",
        type: "metrics",
        message: `Step ${n}`,
        data: { step: n, train_loss: 1 / n },
      }
    : { id: `ev-${n}`, createdAt: n, level: "info", type: "message", message: `Message ${n}`, data: null };
const events = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => event(from + i));

async function newJob() {
  return insertJobRow(seed, `ftjob-${Math.random().toString(36).slice(2)}`, "running");
}

async function stored(jobId: string) {
  const rows = await db.jobEvent.findMany({ where: { jobId }, orderBy: { seq: "asc" } });
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  return { ids: rows.map((row) => row.providerEventId), seqs: rows.map((row) => row.seq), eventCount: job.eventCount };
}

const merge = (jobId: string, list: ProviderEvent[]) => db.$transaction((tx) => mergeEvents(tx, jobId, list));

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("mergeEvents", { timeout: 30_000 }, () => {
  it("stores events in the provider's order with seq 1..n and their metric points", async () => {
    const job = await newJob();
    expect(await merge(job.id, events(1, 6))).toBe(6);
    expect(await stored(job.id)).toEqual({
      ids: ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"],
      seqs: [1, 2, 3, 4, 5, 6],
      eventCount: 6,
    });
    const metrics = await db.jobMetric.findMany({ where: { jobId: job.id }, orderBy: { step: "asc" } });
    expect(metrics.map((metric) => [metric.step, metric.trainLoss])).toEqual([
      [2, 0.5],
      [4, 0.25],
      [6, 1 / 6],
    ]);
  });

  it("adds nothing when the same page comes twice", async () => {
    const job = await newJob();
    await merge(job.id, events(1, 4));
    expect(await merge(job.id, events(1, 4))).toBe(0);
    expect(await stored(job.id)).toMatchObject({ ids: ["ev-1", "ev-2", "ev-3", "ev-4"], eventCount: 4 });
  });

  it("adds only the new part of overlapping pages, and a repeat inside one page once", async () => {
    const job = await newJob();
    await merge(job.id, events(1, 5));
    expect(await merge(job.id, [...events(3, 8), event(8)])).toBe(3);
    expect(await stored(job.id)).toEqual({
      ids: ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6", "ev-7", "ev-8"],
      seqs: [1, 2, 3, 4, 5, 6, 7, 8],
      eventCount: 8,
    });
    expect(await db.jobMetric.count({ where: { jobId: job.id } })).toBe(4);
  });

  it("leaves nothing behind when a merge is cut short, so the next sync stores every event once", async () => {
    const job = await newJob();
    await merge(job.id, events(1, 2));
    const cut = db.$transaction(async (tx) => {
      await mergeEvents(tx, job.id, events(3, 6));
      throw new Error("the server stopped here");
    });
    await expect(cut).rejects.toThrow("the server stopped here");
    expect(await stored(job.id)).toMatchObject({ ids: ["ev-1", "ev-2"], eventCount: 2 });
    await merge(job.id, events(1, 6));
    expect(await stored(job.id)).toEqual({
      ids: ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"],
      seqs: [1, 2, 3, 4, 5, 6],
      eventCount: 6,
    });
  });
  it("keeps one metric row per step: a step reported again by a new event takes its values", async () => {
    const job = await newJob();
    await merge(job.id, events(1, 4));
    const again: ProviderEvent = { ...event(4), id: "ev-4-again", data: { step: 4, train_loss: 0.2, valid_loss: 0.3 } };
    expect(await merge(job.id, [again, event(6)])).toBe(2);
    const metrics = await db.jobMetric.findMany({ where: { jobId: job.id }, orderBy: { step: "asc" } });
    expect(metrics.map((metric) => [metric.step, metric.trainLoss, metric.validLoss])).toEqual([
      [2, 0.5, null],
      [4, 0.2, 0.3],
      [6, 1 / 6, null],
    ]);
  });
});

describe("mergeCheckpoints", { timeout: 30_000 }, () => {
  it("upserts checkpoints by the provider's id", async () => {
    const job = await newJob();
    const checkpoint = (step: number, loss: number) => ({
      id: `ftckpt-${step}`,
      step,
      model: `ft:gpt-4o-mini:acme::x:ckpt-step-${step}`,
      metrics: { train_loss: loss },
      createdAt: step,
    });
    await db.$transaction((tx) => mergeCheckpoints(tx, job.id, [checkpoint(10, 0.5)]));
    await db.$transaction((tx) => mergeCheckpoints(tx, job.id, [checkpoint(10, 0.4), checkpoint(20, 0.3)]));
    const rows = await db.jobCheckpoint.findMany({ where: { jobId: job.id }, orderBy: { step: "asc" } });
    expect(rows.map((row) => [row.providerCheckpointId, JSON.parse(row.metrics).train_loss])).toEqual([
      ["ftckpt-10", 0.4],
      ["ftckpt-20", 0.3],
    ]);
  });
});
