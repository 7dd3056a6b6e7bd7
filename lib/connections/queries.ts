import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { type AuditActor, record } from "@/lib/audit/record";
import { encryptSecret, lastFour } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { getAppSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ConnectionKind } from "./kinds";
import type { CreateConnectionInput, UpdateConnectionInput } from "./schema";
import { removeConnectionData } from "./storage";
import { type ConnectionTestResult, parseTestFailureMessage, testFailureMessage } from "./test-result";
import type { ConnectionView } from "./view";

/** Where and how a connection reaches its provider, without its key: what a workspace archive carries. */
export const CONNECTION_SETTINGS = {
  kind: true,
  name: true,
  baseUrl: true,
  organization: true,
  project: true,
  endpoint: true,
  apiVersion: true,
} as const;

const viewFields = {
  id: true,
  ...CONNECTION_SETTINGS,
  apiKeyLast4: true,
  lastTestedAt: true,
  lastTestOk: true,
  lastTestMessage: true,
  lastTestModelCount: true,
  sandboxJobSeconds: true,
  sandboxFailureRate: true,
  sandboxFailureStatus: true,
  sandboxLatencyMs: true,
  sandboxFineTuningClosed: true,
  sandboxFineTuningClosedAfter: true,
  capabilityFineTuning: true,
  capabilityChatModels: true,
  createdAt: true,
} as const;

export async function listConnections(workspaceId: string): Promise<ConnectionView[]> {
  const rows = await db.connection.findMany({
    where: { workspaceId },
    select: viewFields,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ lastTestMessage, ...row }) => ({
    ...row,
    kind: row.kind as ConnectionKind,
    lastTestFailure: lastTestMessage ? parseTestFailureMessage(lastTestMessage) : null,
  }));
}

export async function getConnectionOrThrow({
  connectionId,
  workspaceId,
}: {
  connectionId: string;
  workspaceId: string;
}) {
  const row = await db.connection.findFirst({ where: { id: connectionId, workspaceId } });
  if (!row) throw new AppError("not_found", "This connection does not exist");
  return { ...row, kind: row.kind as ConnectionKind };
}

function sealKey(apiKey: string) {
  return { apiKeyEncrypted: encryptSecret(apiKey, getAppSecret()), apiKeyLast4: lastFour(apiKey) };
}

/** A Sandbox connection carries a token of its own, so its data stays apart from every other. */
export function sandboxCredentials() {
  const token = `sbx-${randomBytes(24).toString("base64url")}`;
  return { ...sealKey(token), apiKeyLast4: null, sandboxTokenHash: hashSandboxToken(token) };
}

function hashSandboxToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function providerFields(input: CreateConnectionInput | UpdateConnectionInput) {
  switch (input.kind) {
    case "sandbox":
      return {
        name: input.name,
        sandboxJobSeconds: input.jobSeconds,
        sandboxFailureRate: input.failurePercent / 100,
        sandboxFailureStatus: input.failureStatus,
        sandboxLatencyMs: input.latencyMs,
        sandboxFineTuningClosed: input.fineTuningClosed,
        sandboxFineTuningClosedAfter: input.fineTuningClosedAfter,
      };
    case "openai":
      return {
        name: input.name,
        baseUrl: input.baseUrl,
        organization: input.organization,
        project: input.project,
        ...(input.apiKey ? sealKey(input.apiKey) : {}),
      };
    case "azure":
      return {
        name: input.name,
        endpoint: input.endpoint,
        apiVersion: input.apiVersion,
        ...(input.apiKey ? sealKey(input.apiKey) : {}),
      };
    case "compatible":
    case "inference":
      return { name: input.name, baseUrl: input.baseUrl, ...(input.apiKey ? sealKey(input.apiKey) : {}) };
  }
}

export async function createConnection({ actor, input }: { actor: AuditActor; input: CreateConnectionInput }) {
  const credentials = input.kind === "sandbox" ? sandboxCredentials() : {};
  const created = await db.connection.create({
    data: {
      workspaceId: actor.workspace.id,
      createdById: actor.user.id,
      kind: input.kind,
      ...credentials,
      ...providerFields(input),
    },
    select: { id: true },
  });
  await record(actor, "connection.created", { type: "connection", id: created.id, name: input.name }, input);
  return created;
}

export async function updateConnection({ actor, input }: { actor: AuditActor; input: UpdateConnectionInput }) {
  const existing = await getConnectionOrThrow({ connectionId: input.connectionId, workspaceId: actor.workspace.id });
  if (existing.kind !== input.kind) throw new AppError("invalid_input", "The kind of a connection cannot change");
  // A saved key only ever goes to the address it was entered for: a new address needs the key again.
  const address = input.kind === "sandbox" ? null : input.kind === "azure" ? input.endpoint : input.baseUrl;
  const previous = input.kind === "sandbox" ? null : input.kind === "azure" ? existing.endpoint : existing.baseUrl;
  // An inference server without a key may move freely; one with a stored key needs it again.
  const keyless = input.kind === "inference" && !existing.apiKeyEncrypted;
  if (input.kind !== "sandbox" && !keyless && !input.apiKey && (address ?? "") !== (previous ?? "")) {
    throw new AppError("invalid_input", "A new address needs the key again", {
      fields: { apiKey: { code: "keyForNewAddress" } },
    });
  }
  // A changed address or key makes the last test result meaningless.
  const updated = await db.connection.update({
    where: { id: existing.id },
    data: {
      ...providerFields(input),
      lastTestedAt: null,
      lastTestOk: null,
      lastTestMessage: null,
      lastTestModelCount: null,
      capabilityFineTuning: null,
      capabilityChatModels: null,
    },
    select: { id: true },
  });
  const target = { type: "connection", id: existing.id, name: input.name };
  await record(actor, "connection.updated", target, input);
  if (input.kind !== "sandbox" && input.apiKey) await record(actor, "connection.key_rotated", target, input);
  return updated;
}

export async function deleteConnection({ actor, connectionId }: { actor: AuditActor; connectionId: string }) {
  const workspaceId = actor.workspace.id;
  const connection = await getConnectionOrThrow({ connectionId, workspaceId });
  const { count } = await db.connection.deleteMany({ where: { id: connectionId, workspaceId } });
  if (count === 0) throw new AppError("not_found", "This connection does not exist");
  // The rows of a Sandbox connection went with it (cascade); its files on disk go too.
  await removeConnectionData(connectionId);
  const target = { type: "connection", id: connectionId, name: connection.name };
  await record(actor, "connection.deleted", target, { kind: connection.kind });
}

export async function recordConnectionTest(connectionId: string, result: ConnectionTestResult) {
  await db.connection.update({
    where: { id: connectionId },
    data: {
      lastTestedAt: new Date(),
      lastTestOk: result.ok,
      lastTestMessage: result.ok ? null : testFailureMessage(result),
      lastTestModelCount: result.ok ? result.modelCount : null,
      capabilityFineTuning: result.ok ? result.capabilities.fineTuning : null,
      capabilityChatModels: result.ok ? result.capabilities.chatModels : null,
    },
  });
}

export async function findSandboxConnectionByToken(token: string) {
  return db.connection.findUnique({
    where: { sandboxTokenHash: hashSandboxToken(token) },
    select: {
      id: true,
      workspaceId: true,
      sandboxJobSeconds: true,
      sandboxFailureRate: true,
      sandboxFailureStatus: true,
      sandboxLatencyMs: true,
      sandboxHoldStreams: true,
      sandboxFineTuningClosed: true,
      sandboxFineTuningClosedAfter: true,
    },
  });
}

/** Whether a Sandbox connection still holds its streamed answers (see `sandboxHoldStreams` in the schema). */
export async function sandboxHoldsStreams(connectionId: string): Promise<boolean> {
  const row = await db.connection.findUnique({ where: { id: connectionId }, select: { sandboxHoldStreams: true } });
  return row?.sandboxHoldStreams ?? false;
}
