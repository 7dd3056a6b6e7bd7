import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createWorkspaceForUser } from "@/lib/workspaces/queries";
import { uploadFile } from "./files";
import type { SandboxConnection } from "./http";
import { unixSeconds } from "./ids";
import { removeExpiredUploads } from "./upload-expiry";
import { addUploadPart, createUpload } from "./uploads";

vi.hoisted(() => {
  process.env.SANDBOX_STORAGE_MAX_MB = "1";
});

const KB = 1024;

async function sandboxOfNewWorkspace(): Promise<SandboxConnection> {
  const user = await db.user.create({ data: { id: randomUUID(), name: "Ada", email: `${randomUUID()}@example.com` } });
  const workspace = await createWorkspaceForUser(user);
  const sandbox = await db.connection.findFirstOrThrow({ where: { workspaceId: workspace.id, kind: "sandbox" } });
  return {
    id: sandbox.id,
    workspaceId: workspace.id,
    jobSeconds: 60,
    fineTuningCutoff: { closed: false, closedAfter: null },
    holdStreams: false,
  };
}

function multipart(field: string, bytes: number, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set(field, new Blob([new Uint8Array(bytes).fill(123)]), "data.jsonl");
  return new Request("http://localhost/api/sandbox/v1/files", { method: "POST", body: form });
}

const upload = (connection: SandboxConnection, bytes: number) =>
  uploadFile(connection, multipart("file", bytes, { purpose: "batch" }));

const stored = (connection: SandboxConnection, kind: string) => {
  const dir = path.join(getEnv().DATA_DIR, "sandbox", connection.id, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

const storageFull = expect.objectContaining({
  status: 413,
  details: expect.objectContaining({ code: "storage_limit_exceeded" }),
});

describe("the Sandbox's storage limit per workspace", () => {
  it("refuses a file that would pass it, keeping nothing of it, while another workspace still has room", async () => {
    const connection = await sandboxOfNewWorkspace();
    const first = await upload(connection, 600 * KB);
    await expect(upload(connection, 600 * KB)).rejects.toThrow(storageFull);
    expect((await db.sandboxFile.findMany({ where: { connectionId: connection.id } })).map((row) => row.id)).toEqual([
      first.id,
    ]);
    expect(stored(connection, "files")).toEqual([first.id]);
    await expect(upload(await sandboxOfNewWorkspace(), 600 * KB)).resolves.toMatchObject({ bytes: 600 * KB });
  });

  it("counts the parts of unfinished uploads, and refuses an upload declared larger than the room", async () => {
    const connection = await sandboxOfNewWorkspace();
    const body = { filename: "big.jsonl", purpose: "fine-tune", mime_type: "text/jsonl", bytes: 900 * KB };
    await expect(createUpload(connection, { ...body, bytes: 2 * 1024 * KB })).rejects.toThrow(storageFull);
    const created = await createUpload(connection, body);
    await addUploadPart(connection, created.id, multipart("data", 500 * KB));
    await expect(upload(connection, 600 * KB)).rejects.toThrow(storageFull);
    await expect(addUploadPart(connection, created.id, multipart("data", 600 * KB))).rejects.toThrow(storageFull);
    expect(stored(connection, "parts")).toHaveLength(1);
  });
});

describe("expired uploads", () => {
  async function expiredUploadWithPart() {
    const connection = await sandboxOfNewWorkspace();
    const body = { filename: "big.jsonl", purpose: "fine-tune", mime_type: "text/jsonl", bytes: 900 * KB };
    const created = await createUpload(connection, body);
    await addUploadPart(connection, created.id, multipart("data", 800 * KB));
    await db.sandboxUpload.update({ where: { id: created.id }, data: { expiresAt: unixSeconds() - 1 } });
    return { connection, uploadId: created.id };
  }

  it("lose their parts in the sweep, which gives their room back", async () => {
    const { connection, uploadId } = await expiredUploadWithPart();
    expect(await removeExpiredUploads()).toBeGreaterThanOrEqual(1);
    expect(await db.sandboxUpload.findUnique({ where: { id: uploadId } })).toMatchObject({ status: "expired" });
    expect(await db.sandboxUploadPart.count({ where: { uploadId } })).toBe(0);
    expect(stored(connection, "parts")).toEqual([]);
    await expect(upload(connection, 900 * KB)).resolves.toMatchObject({ bytes: 900 * KB });
  });

  it("lose their parts when touched again, and answer that they expired", async () => {
    const { connection, uploadId } = await expiredUploadWithPart();
    await expect(addUploadPart(connection, uploadId, multipart("data", KB))).rejects.toThrow(
      `Upload ${uploadId} has expired.`,
    );
    expect(await db.sandboxUploadPart.count({ where: { uploadId } })).toBe(0);
    expect(stored(connection, "parts")).toEqual([]);
  });

  it("leave pending uploads that have not expired alone", async () => {
    const connection = await sandboxOfNewWorkspace();
    const body = { filename: "a.jsonl", purpose: "fine-tune", mime_type: "text/jsonl", bytes: 10 };
    const created = await createUpload(connection, body);
    await addUploadPart(connection, created.id, multipart("data", 10));
    await removeExpiredUploads();
    expect(await db.sandboxUpload.findUnique({ where: { id: created.id } })).toMatchObject({ status: "pending" });
    expect(stored(connection, "parts")).toHaveLength(1);
  });
});
