/**
 * A tiny OpenAI-shaped fine-tuning API on a local port for the sync tests: the real SDK talks to it, so
 * errors, Retry-After and paging are the SDK's own. Faults are queued per request.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { getAppSecret } from "@/lib/env";

type ApiEvent = {
  id: string;
  created_at: number;
  level: "info";
  type: "message" | "metrics";
  message: string;
  data: unknown;
};
type ApiCheckpoint = {
  id: string;
  step_number: number;
  fine_tuned_model_checkpoint: string;
  created_at: number;
  metrics: object;
};
/** A failing answer to the next request (whose path ends with `path`, when given). */
type Fault = { status: number; retryAfter?: string; path?: string };

export function apiJob(id: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    object: "fine_tuning.job",
    id,
    status,
    model: "gpt-4o-mini-2024-07-18",
    created_at: 1_790_000_000,
    finished_at: status === "succeeded" ? 1_790_000_600 : null,
    fine_tuned_model: status === "succeeded" ? `ft:gpt-4o-mini-2024-07-18:acme::${id.slice(-6)}` : null,
    training_file: "file-train",
    validation_file: null,
    hyperparameters: { n_epochs: 3, batch_size: 1, learning_rate_multiplier: 2 },
    method: {
      type: "supervised",
      supervised: { hyperparameters: { n_epochs: 3, batch_size: 1, learning_rate_multiplier: 2 } },
    },
    result_files: [],
    trained_tokens: null as number | null,
    error: null,
    seed: 42,
    estimated_finish: null,
    organization_id: "org-test",
    ...extra,
  };
}

export function messageEvent(n: number): ApiEvent {
  return {
    id: `ftevent-${n}`,
    created_at: 1_790_000_000 + n,
    level: "info",
    type: "message",
    message: `Event ${n}`,
    data: null,
  };
}

export function metricsEvent(n: number, step: number, trainLoss: number): ApiEvent {
  return {
    id: `ftevent-${n}`,
    created_at: 1_790_000_000 + n,
    level: "info",
    type: "metrics",
    message: `Step ${step}/10: training loss=${trainLoss}`,
    data: { step, train_loss: trainLoss, train_mean_token_accuracy: 0.5, total_steps: 10 },
  };
}

export async function startFakeProvider() {
  const jobs = new Map<string, { job: ReturnType<typeof apiJob>; events: ApiEvent[]; checkpoints: ApiCheckpoint[] }>();
  const faults: Fault[] = [];
  const requests: string[] = [];

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(`${request.method} ${url.pathname}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    const faultIndex = faults.findIndex((fault) => !fault.path || url.pathname.endsWith(fault.path));
    const fault = faultIndex >= 0 ? faults.splice(faultIndex, 1)[0] : undefined;
    if (fault) {
      const headers: Record<string, string> = fault.retryAfter ? { "retry-after": fault.retryAfter } : {};
      return send(fault.status, { error: { message: "Injected", type: "test", code: null, param: null } }, headers);
    }
    const limit = Number(url.searchParams.get("limit") ?? 20);
    const after = url.searchParams.get("after");
    const page = <T extends { id: string }>(newestFirst: T[]) => {
      const start = after ? newestFirst.findIndex((item) => item.id === after) + 1 : 0;
      const data = newestFirst.slice(start, start + limit);
      return { object: "list", data, has_more: start + limit < newestFirst.length };
    };
    const [, , , , jobId, sub] = url.pathname.split("/");
    if (!jobId) return send(200, page([...jobs.values()].map((entry) => entry.job).reverse()));
    const entry = jobs.get(jobId);
    if (!entry)
      return send(404, { error: { message: "No such job", type: "invalid_request_error", code: null, param: null } });
    if (sub === "events") return send(200, page([...entry.events].reverse()));
    if (sub === "checkpoints") {
      return send(200, {
        object: "list",
        data: [...entry.checkpoints].reverse(),
        has_more: false,
        first_id: null,
        last_id: null,
      });
    }
    return send(200, entry.job);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    jobs,
    faults,
    requests,
    addJob(id: string, status: string, extra: Record<string, unknown> = {}) {
      const entry = { job: apiJob(id, status, extra), events: [] as ApiEvent[], checkpoints: [] as ApiCheckpoint[] };
      jobs.set(id, entry);
      return entry;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A workspace, its starter and an OpenAI-kind connection pointing at the fake provider. */
export async function seedSyncWorkspace(baseUrl: string) {
  const user = await db.user.create({
    data: { id: randomUUID(), name: "Grace", email: `${randomUUID()}@example.com` },
  });
  const workspace = await db.workspace.create({ data: { name: "Sync tests" } });
  await db.member.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
  const connection = await db.connection.create({
    data: {
      workspaceId: workspace.id,
      kind: "openai",
      name: "Fake OpenAI",
      baseUrl,
      apiKeyEncrypted: encryptSecret("sk-test-0123456789", getAppSecret()),
    },
  });
  return { workspaceId: workspace.id, userId: user.id, connectionId: connection.id };
}

/** A job row as the new-job flow stores it, right after the provider created the job. */
export async function insertJobRow(
  seed: { workspaceId: string; userId: string; connectionId: string },
  providerJobId: string,
  status = "validating_files",
) {
  return db.job.create({
    data: {
      workspaceId: seed.workspaceId,
      connectionId: seed.connectionId,
      connectionName: "Fake OpenAI",
      connectionKind: "openai",
      providerJobId,
      status,
      baseModel: "gpt-4o-mini-2024-07-18",
      method: "supervised",
      trainingFileId: "file-train",
      startedById: seed.userId,
      createdAt: new Date(1_790_000_000_000),
    },
  });
}
