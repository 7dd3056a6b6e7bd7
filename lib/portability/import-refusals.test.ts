import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addExample, createDataset } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { seedJobs } from "../../scripts/test/seed-jobs";
import { ArchiveError } from "./errors";
import { importWorkspace, workspaceCounts } from "./import";
import { entriesOf, exportTo, newEmptyWorkspace, rewriteArchive } from "./test-archives";

const raw = new Database((process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
raw.pragma("busy_timeout = 5000");

// Victor's workspace holds the rows an archive must never reach; Mallory imports archives she wrote herself,
// starting from the export of an empty workspace of hers.
let victor: Awaited<ReturnType<typeof seedWorkspace>>;
let victorEntries: Record<string, string>;
let victorArchive: string;
let malloryArchive: string;

/** Who owns what, in both workspaces: it must be the same after a refused import. */
async function ownership(mallory: { workspaceId: string }) {
  const examples = await db.datasetExample.findMany({ select: { id: true, workspaceId: true, datasetId: true } });
  const metrics = await db.jobMetric.findMany({ select: { jobId: true, step: true } });
  return {
    examples: examples.sort((a, b) => a.id.localeCompare(b.id)),
    metrics: metrics.sort((a, b) => a.jobId.localeCompare(b.jobId) || a.step - b.step),
    victor: await workspaceCounts(victor.workspaceId),
    mallory: await workspaceCounts(mallory.workspaceId),
    malloryConnections: await db.connection.count({ where: { workspaceId: mallory.workspaceId } }),
  };
}

const entryOf = (pattern: RegExp) => {
  const [name, text] = Object.entries(victorEntries).find(([entry]) => pattern.test(entry)) ?? [];
  if (!name || text === undefined) throw new Error(`no entry ${pattern}`);
  return { name, row: JSON.parse(text) as Record<string, unknown> };
};

/** Imports Mallory's own archive with entries added or changed; expects a refusal that changes nothing. */
async function expectRefused(
  name: string,
  change: { added?: Record<string, string>; edit?: (path: string, text: string) => string },
  message: string,
) {
  const file = await rewriteArchive(malloryArchive, name, change.edit ?? ((_, text) => text), change.added);
  const mallory = await newEmptyWorkspace("Mallory");
  const before = await ownership(mallory);
  const attempt = importWorkspace({ workspaceId: mallory.workspaceId, filePath: file });
  await expect(attempt).rejects.toBeInstanceOf(ArchiveError);
  await expect(attempt).rejects.toMatchObject({ problem: "bad_entry" });
  await expect(attempt).rejects.toThrow(message);
  expect(await ownership(mallory)).toEqual(before);
}

beforeAll(async () => {
  victor = await seedWorkspace("Victor");
  const { workspaceId, userId } = victor;
  const { id: datasetId } = await createDataset({ workspaceId, userId, name: "Private answers" });
  for (let index = 1; index <= 5; index += 1) {
    await addExample({ workspaceId, userId, datasetId, data: chatExample(`Secret ${index}?`) });
  }
  seedJobs(raw, { workspaceId, jobs: [{ status: "succeeded", startedById: userId, steps: 20, checkpoints: [20] }] });
  victorArchive = await exportTo(workspaceId, "victor.zip");
  victorEntries = await entriesOf(victorArchive);
  malloryArchive = await exportTo((await newEmptyWorkspace("Mallory")).workspaceId, "mallory.zip");
});

describe("a crafted archive", () => {
  it("cannot move another workspace's examples into its dataset", async () => {
    const { row } = entryOf(/^datasets\/[^/]+\/dataset\.json$/);
    const examples = await db.datasetExample.findMany({ where: { workspaceId: victor.workspaceId } });
    const dataset = { ...row, id: "x", examples: { connect: examples.map((example) => ({ id: example.id })) } };
    await expectRefused(
      "examples-connect.zip",
      { added: { "datasets/x/dataset.json": JSON.stringify(dataset), "datasets/x/examples.jsonl": "" } },
      "datasets/x/dataset.json: unknown field examples",
    );
    expect(await db.datasetExample.count({ where: { workspaceId: victor.workspaceId } })).toBe(5);
  });

  it("cannot move another workspace's metrics into its job", async () => {
    const { row } = entryOf(/^jobs\/[^/]+\/job\.json$/);
    const metrics = await db.jobMetric.findMany({ where: { jobId: row.id as string } });
    expect(metrics.length).toBe(20);
    const job = {
      ...row,
      id: "j",
      metrics: { connect: metrics.map(({ jobId, step }) => ({ jobId_step: { jobId, step } })) },
    };
    await expectRefused(
      "metrics-connect.zip",
      {
        added: {
          "jobs/j/job.json": JSON.stringify(job),
          "jobs/j/events.jsonl": "",
          "jobs/j/metrics.jsonl": "",
          "jobs/j/checkpoints.json": "[]",
        },
      },
      "jobs/j/job.json: unknown field metrics",
    );
    expect(await db.jobMetric.count({ where: { jobId: row.id as string } })).toBe(20);
  });

  it("refuses unknown keys at the top of an entry, and entries outside the archive's layout", async () => {
    await expectRefused(
      "manifest-key.zip",
      {
        edit: (path, text) => (path === "manifest.json" ? JSON.stringify({ ...JSON.parse(text), plugins: [] }) : text),
      },
      "manifest.json: unknown field plugins",
    );
    const { row } = entryOf(/^datasets\/[^/]+\/dataset\.json$/);
    await expectRefused(
      "workspace-key.zip",
      {
        added: {
          "datasets/y/dataset.json": JSON.stringify({ ...row, id: "y", workspaceId: victor.workspaceId }),
          "datasets/y/examples.jsonl": "",
        },
      },
      "datasets/y/dataset.json: unknown field workspaceId",
    );
    await expectRefused("notes.zip", { added: { "notes.txt": "hello" } }, "notes.txt: not part of a workspace archive");
  });

  it("refuses a value of the wrong type, naming the entry, line and field", async () => {
    const dataset = entryOf(/^datasets\/[^/]+\/dataset\.json$/).row;
    const [exampleLine = ""] = victorEntries[`datasets/${dataset.id}/examples.jsonl`]?.split("\n") ?? [];
    const example = JSON.parse(exampleLine) as Record<string, unknown>;
    const withDataset = (changed: Record<string, unknown>, lines: Record<string, unknown>[] = []) => ({
      added: {
        "datasets/z/dataset.json": JSON.stringify({ ...dataset, id: "z", ...changed }),
        "datasets/z/examples.jsonl": lines.map((line) => `${JSON.stringify(line)}\n`).join(""),
      },
    });
    await expectRefused(
      "count-text.zip",
      withDataset({ exampleCount: "31" }),
      "datasets/z/dataset.json: wrong value in field exampleCount",
    );
    await expectRefused(
      "example-tokens.zip",
      withDataset({}, [example, { ...example, tokens: { set: 1 } }]),
      "datasets/z/examples.jsonl:2: wrong value in field tokens",
    );
    await expectRefused(
      "example-data.zip",
      withDataset({}, [{ ...example, data: "not json" }]),
      "datasets/z/examples.jsonl:1: wrong value in field data",
    );
    await expectRefused(
      "missing-name.zip",
      withDataset({ name: undefined }),
      "datasets/z/dataset.json: missing field name",
    );
  });

  it("checks a connection's address and the webhook's URL as the forms do", async () => {
    const connection = {
      id: "c1",
      kind: "compatible",
      name: "Gateway",
      baseUrl: "file:///etc/passwd",
      organization: null,
      project: null,
      endpoint: null,
      apiVersion: null,
      createdAt: new Date().toISOString(),
    };
    await expectRefused(
      "connection-url.zip",
      { edit: (path, text) => (path === "connections.json" ? JSON.stringify([connection]) : text) },
      "connections.json: wrong value in field [0].baseUrl",
    );
    const webhook = { url: "http://hooks.internal/ft", enabled: true, events: "[]" };
    await expectRefused(
      "webhook-url.zip",
      { edit: (path, text) => (path === "webhook.json" ? JSON.stringify(webhook) : text) },
      "webhook.json: wrong value in field url",
    );
  });
});

describe("a database failure during an import", () => {
  it("is logged and reported as an internal error, not as a bad archive, and changes nothing", async () => {
    // Two events with one provider id break the table's unique key: a failure of the database, not of parsing.
    const events = Object.keys(victorEntries).find((entry) => entry.endsWith("/events.jsonl")) ?? "";
    const broken = await rewriteArchive(victorArchive, "duplicate-event.zip", (path, text) =>
      path === events ? `${text}${text.split("\n")[0]}\n` : text,
    );
    const target = await newEmptyWorkspace("Trent");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const attempt = importWorkspace({ workspaceId: target.workspaceId, filePath: broken });
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: "internal" });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`Workspace import into ${target.workspaceId}`));
    } finally {
      logged.mockRestore();
    }
    expect(await workspaceCounts(target.workspaceId)).toEqual({
      datasets: 0,
      versions: 0,
      examples: 0,
      jobs: 0,
      conversations: 0,
    });
  });
});
