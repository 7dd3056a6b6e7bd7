import { randomUUID } from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { saveConversation } from "@/lib/chat/conversations";
import { emptyState } from "@/lib/chat/state";
import { addExample, createDataset, freezeVersion, listDatasets } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { parseJobListQuery } from "@/lib/jobs/list";
import { getJobOrThrow, listJobFacets, listJobs } from "@/lib/jobs/queries";
import { seedJobs } from "../../scripts/test/seed-jobs";
import { importWorkspace } from "./import";
import { entriesOf, exportTo, fileOf, newEmptyWorkspace, rewriteArchive, zipOf } from "./test-archives";
import { authorsShown, contentOf } from "./test-content";

const raw = new Database((process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
raw.pragma("busy_timeout = 5000");

let alice: Awaited<ReturnType<typeof seedWorkspace>>;
let archivePath: string;
const API_KEY_CIPHERTEXT = "v1:never-in-an-archive";

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
  const { workspaceId, userId } = alice;
  const openai = await db.connection.create({
    data: {
      workspaceId,
      kind: "openai",
      name: "Team OpenAI",
      apiKeyEncrypted: API_KEY_CIPHERTEXT,
      apiKeyLast4: "abcd",
    },
  });
  const { id: datasetId } = await createDataset({ workspaceId, userId, name: "Support answers" });
  for (let index = 1; index <= 30; index += 1) {
    await addExample({ workspaceId, userId, datasetId, data: chatExample(`Question ${index}? Ünïcode ✓`) });
  }
  const first = await freezeVersion({ actor: actorOf({ workspaceId, userId }), datasetId });
  await addExample({ workspaceId, userId, datasetId, data: chatExample("One more?") });
  await freezeVersion({ actor: actorOf({ workspaceId, userId }), datasetId, validationRatio: 0.2, seed: 7 });
  // A version whose dataset was deleted stays with the jobs that trained on it.
  const { id: goneId } = await createDataset({ workspaceId, userId, name: "Old data" });
  for (let index = 1; index <= 12; index += 1) {
    await addExample({ workspaceId, userId, datasetId: goneId, data: chatExample(`Old ${index}?`) });
  }
  const gone = await freezeVersion({ actor: actorOf({ workspaceId, userId }), datasetId: goneId });
  await db.dataset.delete({ where: { id: goneId } });

  seedJobs(raw, {
    workspaceId,
    jobs: [
      {
        status: "succeeded",
        startedById: userId,
        connectionId: openai.id,
        connectionName: "Team OpenAI",
        connectionKind: "openai",
        trainingVersionId: first.id,
        steps: 120,
        epochs: 3,
        checkpoints: [40, 80, 120],
        fineTunedModel: "ft:gpt-4o-mini:team::abc",
        suffix: "support",
      },
      { status: "failed", trainingVersionId: gone.id, steps: 10, epochs: 1 },
    ],
  });
  await db.modelPrice.create({
    data: { workspaceId, model: "gpt-4o-mini-2024-07-18", training: 4, input: 0.5, cachedInput: 0.1, output: 2 },
  });
  await db.webhook.create({
    data: { workspaceId, url: "https://hooks.example.com/ft", secretEncrypted: "v1:webhook-secret", events: "[]" },
  });
  const column = (model: string) => ({
    id: `col-${model}`,
    model: { connectionId: openai.id, connectionName: "Team OpenAI", model, kind: "fine_tuned" },
    params: { systemPrompt: "", temperature: null, topP: null, maxTokens: null, seed: null },
    turns: [],
  });
  await db.chatConversation.create({
    data: {
      workspaceId,
      createdById: userId,
      createdByName: "Alice",
      title: "Compare tones",
      state: JSON.stringify({ columns: [column("ft:gpt-4o-mini:team::abc"), column("gpt-4o-mini")] }),
    },
  });
  archivePath = await exportTo(workspaceId, "alice.zip");
});

describe("workspace archive", () => {
  it("restores datasets, versions' bytes, jobs with their whole history and conversations, equal to the originals", async () => {
    const bob = await newEmptyWorkspace("Bob");
    const counts = await importWorkspace({ workspaceId: bob.workspaceId, filePath: archivePath });

    expect(counts).toEqual({ datasets: 1, versions: 3, examples: 31, jobs: 2, conversations: 1 });
    const original = await contentOf(alice.workspaceId);
    const restored = await contentOf(bob.workspaceId);
    expect(restored).toEqual(original);
    const succeeded = original.jobs.find((job) => job.status === "succeeded");
    expect(succeeded?.metrics).toHaveLength(120);
    expect(succeeded?.checkpoints).toHaveLength(3);
    expect(succeeded?.events.length).toBeGreaterThan(0);
    expect(original.versions.filter((version) => version.validationJsonl !== null)).toHaveLength(1);
  });

  it("points imported conversations at the imported connections, which have no key and sync nothing", async () => {
    const carol = await newEmptyWorkspace("Carol");
    await importWorkspace({ workspaceId: carol.workspaceId, filePath: archivePath });
    const connection = await db.connection.findFirstOrThrow({
      where: { workspaceId: carol.workspaceId, kind: "openai" },
    });
    expect(connection.apiKeyEncrypted).toBeNull();
    const conversation = await db.chatConversation.findFirstOrThrow({ where: { workspaceId: carol.workspaceId } });
    const state = JSON.parse(conversation.state) as { columns: Array<{ model: { connectionId: string } }> };
    expect(state.columns.map((column) => column.model.connectionId)).toEqual([connection.id, connection.id]);
    const jobs = await db.job.findMany({ where: { workspaceId: carol.workspaceId } });
    expect(jobs.every((job) => job.connectionId === null && job.nextSyncAt.getUTCFullYear() === 9999)).toBe(true);
    const webhook = await db.webhook.findUniqueOrThrow({ where: { workspaceId: carol.workspaceId } });
    expect(webhook.enabled).toBe(false);
    expect(webhook.secretEncrypted).not.toBe("v1:webhook-secret");
  });

  it("carries no secret: no API key, no webhook secret", async () => {
    const texts = Object.values(await entriesOf(archivePath));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toContain(API_KEY_CIPHERTEXT);
      expect(text).not.toContain("webhook-secret");
      expect(text).not.toContain("apiKey");
    }
  });

  it("refuses a changed, cut or foreign archive and a workspace that has data, and changes nothing", async () => {
    const dave = await newEmptyWorkspace("Dave");
    const attempt = (filePath: string, workspaceId = dave.workspaceId) => importWorkspace({ workspaceId, filePath });

    // The same entries, one of them edited after the manifest was written.
    const entries = await entriesOf(archivePath);
    const prices = entries["prices.json"] ?? "";
    const changed = await zipOf("changed.zip", { ...entries, "prices.json": prices.replace("4", "0") });
    await expect(attempt(changed)).rejects.toMatchObject({ problem: "checksum" });

    const bytes = fs.readFileSync(archivePath);
    const cut = fileOf("cut.zip", bytes.subarray(0, bytes.length - 100));
    await expect(attempt(cut)).rejects.toMatchObject({ problem: "not_zip" });

    const notes = fileOf("notes.zip", "Just some notes, not an archive.");
    await expect(attempt(notes)).rejects.toMatchObject({ problem: "not_zip" });

    expect(await contentOf(dave.workspaceId)).toMatchObject({
      datasets: [],
      versions: [],
      jobs: [],
      conversations: [],
    });
    expect(await db.connection.count({ where: { workspaceId: dave.workspaceId } })).toBe(1);

    await expect(attempt(archivePath, alice.workspaceId)).rejects.toMatchObject({ problem: "not_empty" });
  });
});

describe("authors", () => {
  let frankArchive: string;
  const frankShown = {
    jobs: ["Frank"],
    jobPage: "Frank",
    datasetEditedBy: "Frank",
    datasetCreatedBy: "Frank",
    versions: ["Frank"],
    conversations: ["Frank"],
  };

  // Frank works in Erin's workspace, which is exported; then his account is deleted, so no account has his
  // e-mail in this installation, as for a teammate who never signed up where the archive is imported.
  beforeAll(async () => {
    const { workspaceId } = await seedWorkspace("Erin");
    const frank = await db.user.create({
      data: { id: randomUUID(), name: "Frank", email: `frank-${randomUUID()}@example.com` },
    });
    await db.member.create({ data: { workspaceId, userId: frank.id, role: "editor" } });
    const userId = frank.id;
    const { id: datasetId } = await createDataset({ workspaceId, userId, name: "Frank's data" });
    for (let index = 1; index <= 10; index += 1) {
      await addExample({ workspaceId, userId, datasetId, data: chatExample(`Frank ${index}?`) });
    }
    const version = await freezeVersion({ actor: actorOf({ workspaceId, userId }), datasetId });
    seedJobs(raw, { workspaceId, jobs: [{ status: "succeeded", startedById: userId, trainingVersionId: version.id }] });
    await saveConversation({ workspaceId, userId, conversationId: null, title: "Frank asks", state: emptyState() });
    frankArchive = await exportTo(workspaceId, "frank.zip");

    await db.user.delete({ where: { id: userId } });
    expect(await authorsShown(workspaceId)).toEqual(frankShown);
  });

  it("keeps the names of authors without an account here, shown wherever the author is", async () => {
    const gina = await newEmptyWorkspace("Gina");
    await importWorkspace({ workspaceId: gina.workspaceId, filePath: frankArchive });

    expect(await authorsShown(gina.workspaceId)).toEqual(frankShown);
    const job = await db.job.findFirstOrThrow({ where: { workspaceId: gina.workspaceId } });
    expect(job).toMatchObject({ startedById: null, startedByName: "Frank" });
    const { people } = await listJobFacets(gina.workspaceId);
    expect(people).toEqual([{ value: "name:Frank", label: "Frank", count: 1 }]);
    const filtered = await listJobs({
      workspaceId: gina.workspaceId,
      query: parseJobListQuery({ person: "name:Frank" }),
    });
    expect(filtered.jobs.map((row) => row.id)).toEqual([job.id]);

    // Exported again from here, the names travel on although no account stands behind them.
    const again = await exportTo(gina.workspaceId, "gina.zip");
    const hank = await newEmptyWorkspace("Hank");
    await importWorkspace({ workspaceId: hank.workspaceId, filePath: again });
    expect(await authorsShown(hank.workspaceId)).toEqual(frankShown);
  });

  it("names the authors of an archive written before rows kept names, from its list of people", async () => {
    const rows = /^(jobs\/[^/]+\/job|datasets\/[^/]+\/dataset|.+\/version)\.json$|^conversations\//;
    const old = await rewriteArchive(frankArchive, "frank-v1.zip", (entry, text) => {
      if (entry === "manifest.json") return JSON.stringify({ ...JSON.parse(text), formatVersion: 1 });
      if (!rows.test(entry)) return text;
      const { startedByName: _, createdByName: __, updatedByName: ___, ...row } = JSON.parse(text);
      return JSON.stringify(row);
    });
    expect(Object.values(await entriesOf(old)).join("")).not.toMatch(/ByName/);

    const jo = await newEmptyWorkspace("Jo");
    await importWorkspace({ workspaceId: jo.workspaceId, filePath: old });
    expect(await authorsShown(jo.workspaceId)).toEqual(frankShown);
  });

  it("links authors known here by e-mail to their account, which then names them as it is now", async () => {
    const ivy = await newEmptyWorkspace("Ivy");
    await importWorkspace({ workspaceId: ivy.workspaceId, filePath: archivePath });

    const job = await db.job.findFirstOrThrow({ where: { workspaceId: ivy.workspaceId, startedById: { not: null } } });
    expect(job).toMatchObject({ startedById: alice.userId, startedByName: "Alice" });
    const version = await db.datasetVersion.findFirstOrThrow({ where: { workspaceId: ivy.workspaceId } });
    expect(version).toMatchObject({ createdById: alice.userId, createdByName: "Alice" });
    const { people } = await listJobFacets(ivy.workspaceId);
    expect(people).toEqual([{ value: alice.userId, label: "Alice", count: 1 }]);

    await db.user.update({ where: { id: alice.userId }, data: { name: "Alice Adams" } });
    try {
      expect((await getJobOrThrow({ workspaceId: ivy.workspaceId, jobId: job.id })).startedBy).toBe("Alice Adams");
      const [dataset] = await listDatasets(ivy.workspaceId);
      expect(dataset?.updatedByName).toBe("Alice Adams");
    } finally {
      await db.user.update({ where: { id: alice.userId }, data: { name: "Alice" } });
    }
  });
});
