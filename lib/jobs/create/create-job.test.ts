import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import type { Access } from "@/lib/auth/access";
import { sandboxCredentials } from "@/lib/connections/queries";
import { addExample, createDataset, freezeVersion } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import type { CreateJobRequest, ProviderJob } from "@/lib/providers/fine-tuning";
import { createJob } from "./create-job";
import { type JobForm, jobFormSchema } from "./schema";

// The provider at its module boundary: a record of what was uploaded and created, and failures on request.
const provider = vi.hoisted(() => ({
  files: new Map<string, string>(),
  uploads: [] as string[],
  /** every file id ever handed out */
  uploaded: [] as string[],
  created: [] as unknown[],
  failCreate: null as Error | null,
  /** runs after the provider made the job, before the app hears back */
  onCreate: null as ((job: { id: string; model: string }) => Promise<void>) | null,
}));

vi.mock("@/lib/providers/fine-tuning", () => ({
  fineTuningClient: () => ({
    async uploadFile(file: { bytes: Buffer; filename: string }) {
      const id = `file-${provider.uploaded.length + 1}`;
      provider.uploaded.push(id);
      provider.files.set(id, file.bytes.toString("utf8"));
      provider.uploads.push(file.filename);
      return id;
    },
    async fileExists(fileId: string) {
      return provider.files.has(fileId);
    },
    async createJob(request: CreateJobRequest): Promise<ProviderJob> {
      if (provider.failCreate) throw provider.failCreate;
      provider.created.push(request);
      const id = `ftjob-${Math.random().toString(36).slice(2, 10)}`;
      await provider.onCreate?.({ id, model: request.model });
      return {
        id,
        status: "validating_files",
        model: request.model,
        method: request.method,
        fineTunedModel: null,
        createdAt: 1_764_000_000,
        finishedAt: null,
        estimatedFinish: null,
        trainingFile: request.trainingFile,
        validationFile: request.validationFile ?? null,
        trainedTokens: null,
        hyperparameters: request.hyperparameters,
        seed: request.seed ?? 42,
        suffix: request.suffix ?? null,
        metadata: request.metadata ?? null,
        resultFiles: [],
        error: null,
      };
    },
  }),
}));

type Owner = { workspaceId: string; userId: string; connectionId: string; access: Access };

async function seedOwner(name: string): Promise<Owner> {
  const { workspaceId, userId } = await seedWorkspace(name);
  const connection = await db.connection.create({
    data: { workspaceId, kind: "sandbox", name: "Sandbox", ...sandboxCredentials() },
  });
  const access: Access = {
    user: { id: userId, name, email: `${userId}@example.com` },
    workspace: { id: workspaceId, name },
    role: "editor",
  };
  return { workspaceId, userId, connectionId: connection.id, access };
}

async function frozenVersion(owner: Owner, questions: string[], validationRatio = 0) {
  const { id: datasetId } = await createDataset({ ...owner, name: "Support" });
  for (const question of questions) await addExample({ ...owner, datasetId, data: chatExample(question) });
  return freezeVersion({ actor: actorOf(owner), datasetId, validationRatio, seed: 1 });
}

const twelve = Array.from({ length: 12 }, (_, index) => `Question ${index + 1}?`);

function form(owner: Owner, versionId: string, overrides: Partial<Record<keyof JobForm, unknown>> = {}): JobForm {
  return jobFormSchema.parse({
    connectionId: owner.connectionId,
    model: "gpt-4o-mini-2024-07-18",
    training: { source: "version", versionId },
    validation: { source: "none" },
    hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto" },
    suffix: "support",
    seed: 7,
    metadata: [{ key: "team", value: "support" }],
    sendSensitiveData: false,
    ...overrides,
  });
}

let owner: Owner;
let stranger: Owner;

beforeAll(async () => {
  owner = await seedOwner("Olga");
  stranger = await seedOwner("Sam");
});

beforeEach(() => {
  provider.uploads.length = 0;
  provider.created.length = 0;
  provider.failCreate = null;
  provider.onCreate = null;
});

describe("createJob", () => {
  it("uploads the version, creates the job and records it with who started it and the estimate", async () => {
    const version = await frozenVersion(owner, twelve);
    const { jobId } = await createJob({ access: owner.access, form: form(owner, version.id) });
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(provider.uploads).toEqual(["Support-v1.jsonl"]);
    expect(provider.created).toEqual([
      expect.objectContaining({
        model: "gpt-4o-mini-2024-07-18",
        method: "supervised",
        suffix: "support",
        seed: 7,
        metadata: { team: "support" },
        hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto" },
      }),
    ]);
    const dbVersion = await db.datasetVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(job).toMatchObject({
      workspaceId: owner.workspaceId,
      connectionId: owner.connectionId,
      connectionName: "Sandbox",
      connectionKind: "sandbox",
      status: "validating_files",
      trainingVersionId: version.id,
      trainingFileName: "Support-v1.jsonl",
      validationFileId: null,
      startedById: owner.userId,
      external: false,
      exampleCount: 12,
      // 12 examples: auto picks 8 epochs (about 100 examples seen)
      billedTokens: dbVersion.tokenCount * 8,
      estimatedCost: (dbVersion.tokenCount * 8 * 3) / 1_000_000,
    });
    expect(JSON.parse(job.requestedHyperparameters ?? "")).toEqual({
      n_epochs: "auto",
      batch_size: "auto",
      learning_rate_multiplier: "auto",
    });
    const file = await db.providerFile.findFirstOrThrow({ where: { connectionId: owner.connectionId } });
    expect(file).toMatchObject({ contentHash: version.contentHash, providerFileId: job.trainingFileId });
  });

  it("leaves no job row when the provider refuses the job, and reuses the uploaded file on retry", async () => {
    const version = await frozenVersion(
      owner,
      twelve.map((question) => `Retry: ${question}`),
    );
    provider.failCreate = new Error("the provider is down");
    const failed = createJob({ access: owner.access, form: form(owner, version.id) });
    await expect(failed).rejects.toMatchObject({
      code: "provider_unavailable",
      reason: { code: "provider", provider: { reason: "unexpected" }, step: "createJob" },
    });
    expect(await db.job.count({ where: { trainingVersionId: version.id } })).toBe(0);
    expect(provider.uploads).toHaveLength(1);
    const recorded = await db.providerFile.findUniqueOrThrow({
      where: { connectionId_contentHash: { connectionId: owner.connectionId, contentHash: version.contentHash } },
    });

    provider.failCreate = null;
    const { jobId } = await createJob({ access: owner.access, form: form(owner, version.id) });
    expect(provider.uploads).toHaveLength(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      trainingFileId: recorded.providerFileId,
    });
  });

  it("uploads again when the provider no longer has the file uploaded before", async () => {
    const version = await frozenVersion(
      owner,
      twelve.map((question) => `Deleted: ${question}`),
    );
    await createJob({ access: owner.access, form: form(owner, version.id) });
    const before = await db.providerFile.findFirstOrThrow({ where: { contentHash: version.contentHash } });
    provider.files.delete(before.providerFileId);
    await createJob({ access: owner.access, form: form(owner, version.id) });
    const after = await db.providerFile.findFirstOrThrow({ where: { contentHash: version.contentHash } });
    expect(provider.uploads).toHaveLength(2);
    expect(after.id).toBe(before.id);
    expect(after.providerFileId).not.toBe(before.providerFileId);
    expect(provider.files.has(after.providerFileId)).toBe(true);
  });

  it("sends the version's validation split as the validation file", async () => {
    const questions = Array.from({ length: 20 }, (_, index) => `Split question ${index + 1}?`);
    const version = await frozenVersion(owner, questions, 0.2);
    const { jobId } = await createJob({
      access: owner.access,
      form: form(owner, version.id, { validation: { source: "split" } }),
    });
    expect(provider.uploads).toEqual(["Support-v1-train.jsonl", "Support-v1-validation.jsonl"]);
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ validationVersionId: version.id, validationPart: "validation", exampleCount: 16 });
    expect(
      provider.files
        .get(job.validationFileId ?? "")
        ?.trim()
        .split("\n"),
    ).toHaveLength(4);
  });

  it("asks before sending sensitive data", async () => {
    const questions = twelve.map((question, index) =>
      index === 3 ? `Mail me at ada@example.com: ${question}` : question,
    );
    const version = await frozenVersion(owner, questions);
    await expect(createJob({ access: owner.access, form: form(owner, version.id) })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { sendSensitiveData: { code: "confirmSensitiveData" } },
    });
    expect(provider.uploads).toHaveLength(0);
    await createJob({ access: owner.access, form: form(owner, version.id, { sendSensitiveData: true }) });
    expect(provider.created).toHaveLength(1);
  });

  it("does not find another workspace's version or connection", async () => {
    const version = await frozenVersion(
      owner,
      twelve.map((question) => `Private: ${question}`),
    );
    await expect(createJob({ access: stranger.access, form: form(stranger, version.id) })).rejects.toMatchObject({
      code: "not_found",
    });
    const theirs = { ...form(owner, version.id), connectionId: stranger.connectionId };
    await expect(createJob({ access: owner.access, form: theirs })).rejects.toMatchObject({ code: "not_found" });
    expect(provider.uploads).toHaveLength(0);
  });

  it("takes over a job the background sync imported before the row was written", async () => {
    const version = await frozenVersion(
      owner,
      twelve.map((question) => `Race: ${question}`),
    );
    provider.onCreate = async (providerJob) => {
      await db.job.create({
        data: {
          workspaceId: owner.workspaceId,
          connectionId: owner.connectionId,
          connectionName: "Sandbox",
          connectionKind: "sandbox",
          providerJobId: providerJob.id,
          status: "queued",
          baseModel: providerJob.model,
          method: "supervised",
          trainingFileId: "file-seen-by-sync",
          external: true,
          createdAt: new Date(),
        },
      });
    };
    const { jobId } = await createJob({ access: owner.access, form: form(owner, version.id) });
    const jobs = await db.job.findMany({ where: { trainingVersionId: version.id } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ id: jobId, external: false, startedById: owner.userId, exampleCount: 12 });
  });
});
