/**
 * Resource limits on request bodies, against the production server: a huge JSON body is refused at once without the
 * server reading or keeping it, an upload over UPLOAD_MAX_MB (4 MB here, see playwright.config.ts) is refused as it
 * streams in and imports nothing, and malformed percent-encoding is a 400.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { startServer } from "../scripts/bench/server";
import { openDatabase, seedSandboxConnection } from "../scripts/test/seed-sandbox";
import { createDataset } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
/** The port of the server the memory test starts for itself. */
const OWN_PORT = PORT + 3;
const DATABASE_FILE = path.resolve(import.meta.dirname, "../.e2e-data/app.db");
const MB = 1024 * 1024;
const encoder = new TextEncoder();

/** Resident memory, in MB, of the `next start` process listening on a port. */
function serverRssMb(port: number): number {
  const listening = execSync(`ss -ltnpH "sport = :${port}"`).toString();
  const pid = /pid=(\d+)/.exec(listening)?.[1];
  if (!pid) throw new Error(`No process found listening on port ${port}: ${listening}`);
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

/**
 * `head`, then `megabytes` of `fill` repeated (each MB padded to its end with `pad`, so no line is cut), then `tail`,
 * made as the server pulls it; counts what it pulled.
 */
function generatedBody(head: string, megabytes: number, fill: { unit: string; pad: string }, tail: string) {
  const units = Math.floor(MB / fill.unit.length);
  const chunk = encoder.encode(fill.unit.repeat(units) + fill.pad.repeat(MB - units * fill.unit.length));
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    pull(controller) {
      if (pulled === megabytes) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      pulled += 1;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulledMb: () => pulled };
}

/** POSTs a body streamed without Content-Length (chunked); returns the answer, how long it took and what was sent. */
async function postStreamed(url: string, headers: Record<string, string>, body: ReturnType<typeof generatedBody>) {
  const started = Date.now();
  const response = await fetch(url, { method: "POST", headers, body: body.stream, duplex: "half" } as RequestInit);
  // Counted when the answer arrives: reading its body takes longer on a busy machine, and the request body may go
  // on being pulled into socket buffers meanwhile, which says nothing about when the server stopped reading.
  const sentMb = body.pulledMb();
  return { status: response.status, json: await response.json(), ms: Date.now() - started, sentMb };
}

/** POSTs a body whole, with an honest Content-Length. */
async function postWhole(url: string, headers: Record<string, string>, body: Uint8Array) {
  const started = Date.now();
  const response = await fetch(url, { method: "POST", headers, body: body as BodyInit });
  return { status: response.status, json: await response.json(), ms: Date.now() - started };
}

/** A chat request whose one message is `megabytes` long: valid JSON, only too large. */
const hugeChat = (megabytes: number) =>
  generatedBody(
    '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"',
    megabytes,
    { unit: "x", pad: "x" },
    '"}]}',
  );

async function cookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

const sandboxToken = () => seedSandboxConnection(openDatabase(DATABASE_FILE)).token;

test("a 50 MB JSON body to the chat and to the Sandbox is refused at once, and the server neither reads nor keeps it", async ({
  browser,
}) => {
  // On a server of its own, so the memory it measures is not what other tests make the shared server hold meanwhile
  // (an import's worker thread alone takes more than this allows). Starting it is the long part.
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-limits-"));
  const server = await startServer({ port: OWN_PORT, dataDir });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    await refusesHugeBodies(server.url, dataDir, await context.newPage());
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

async function refusesHugeBodies(baseUrl: string, dataDir: string, page: Page) {
  await signUp(page, newUser());
  const sandbox = openDatabase(path.join(dataDir, "app.db"));
  const { token } = seedSandboxConnection(sandbox);
  sandbox.close();
  const targets: { url: string; headers: Record<string, string>; refusal: unknown }[] = [
    {
      url: `${baseUrl}/api/chat/stream`,
      headers: { Cookie: await cookieHeader(page), "Content-Type": "application/json" },
      refusal: { error: { code: "too_large" } },
    },
    {
      url: `${baseUrl}/api/sandbox/v1/chat/completions`,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      refusal: {
        error: { message: expect.any(String), type: "invalid_request_error", param: null, code: "request_too_large" },
      },
    },
  ];
  // The first request to a route loads its code: that memory is not what is measured.
  for (const target of targets) expect((await postStreamed(target.url, target.headers, hugeChat(2))).status).toBe(413);

  const before = serverRssMb(OWN_PORT);
  for (const target of targets) {
    const streamed = await postStreamed(target.url, target.headers, hugeChat(50));
    expect(streamed.status).toBe(413);
    expect(streamed.json).toEqual(target.refusal);
    expect(streamed.ms).toBeLessThan(10_000);
    // The server stopped reading soon after its 1 MB limit (it drops at most 4 MB more, so that a client that has
    // sent a small body whole still gets the answer): what was sent is that plus what socket buffers hold.
    expect(streamed.sentMb).toBeLessThan(25);

    const whole = await postWhole(target.url, target.headers, Buffer.alloc(50 * MB, "x"));
    expect(whole.status).toBe(413);
    expect(whole.json).toEqual(target.refusal);
    expect(whole.ms).toBeLessThan(10_000);
  }
  // Four 50 MB bodies went by. Read and parsed, one alone would take more than 100 MB; what shows is the few MB
  // read and dropped per body that the garbage collector has not given back yet.
  expect(serverRssMb(OWN_PORT) - before).toBeLessThan(64);
}

test("an upload over UPLOAD_MAX_MB is refused as it streams in, and nothing of it is imported", async ({ page }) => {
  await signUp(page, newUser());
  await createDataset(page, "Zu groß");
  const datasetId = /\/datasets\/(\w+)/.exec(page.url())?.[1];
  const cookie = await cookieHeader(page);
  const line = `${JSON.stringify({
    messages: [
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" },
    ],
  })}\n`;
  const url = `${BASE_URL}/api/datasets/${datasetId}/import`;

  const imported = await postStreamed(
    url,
    { Cookie: cookie, "x-filename": "big.jsonl" },
    generatedBody("", 30, { unit: line, pad: "\n" }, ""),
  );
  expect(imported.status).toBe(413);
  expect(imported.json).toMatchObject({ error: { fields: { file: { code: "fileTooLarge", params: { maxMb: 4 } } } } });
  expect(imported.sentMb).toBeLessThan(20);
  const database = openDatabase(DATABASE_FILE);
  const count = database.prepare(`SELECT COUNT(*) AS count FROM "dataset_example" WHERE "datasetId" = ?`);
  expect(count.get(datasetId)).toEqual({ count: 0 });

  // The file's name comes percent-encoded in a header: a malformed one is the client's mistake.
  const badName = await postWhole(url, { Cookie: cookie, "x-filename": "%E0%A4%A.jsonl" }, Buffer.from(line));
  expect(badName.status).toBe(400);
  expect(count.get(datasetId)).toEqual({ count: 0 });

  const boundary = "----limits-spec";
  const part = (headers: string) => `--${boundary}\r\n${headers}\r\n\r\n`;
  const multipart = generatedBody(
    `${part('Content-Disposition: form-data; name="purpose"')}fine-tune\r\n${part(
      'Content-Disposition: form-data; name="file"; filename="big.jsonl"\r\nContent-Type: application/jsonl',
    )}`,
    30,
    { unit: line, pad: "\n" },
    `\r\n--${boundary}--\r\n`,
  );
  const token = sandboxToken();
  const sandboxFile = await postStreamed(
    `${BASE_URL}/api/sandbox/v1/files`,
    { Authorization: `Bearer ${token}`, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    multipart,
  );
  expect(sandboxFile.status).toBe(413);
  expect(sandboxFile.sentMb).toBeLessThan(20);
  expect(sandboxFile.json).toEqual({
    error: {
      message: "'file' is larger than 4 MB.",
      type: "invalid_request_error",
      param: "file",
      code: "file_too_large",
    },
  });
  const files = await fetch(`${BASE_URL}/api/sandbox/v1/files`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await files.json()).data).toEqual([]);
});

test("malformed percent-encoding in a path is a 400, in each API's own error shape", async ({ page }) => {
  const token = sandboxToken();
  for (const malformed of ["%E0%A4%A", "%zz", "%E0%A4"]) {
    const sandbox = await fetch(`${BASE_URL}/api/sandbox/v1/files/${malformed}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(sandbox.status).toBe(400);
    expect(await sandbox.json()).toEqual({
      error: { message: expect.any(String), type: "invalid_request_error", param: null, code: null },
    });
    const dataset = await fetch(`${BASE_URL}/api/datasets/${malformed}/import`, { method: "POST", body: "{}" });
    expect(dataset.status).toBe(400);
    expect(await dataset.json()).toMatchObject({ error: { code: "invalid_input" } });
    expect((await page.request.get(`/datasets/${malformed}`)).status()).toBe(400);
  }
  // Well-formed escapes still reach the routes: a "%" that is part of a model's name is just not found.
  const model = await fetch(`${BASE_URL}/api/sandbox/v1/models/ft%3Agpt-4o-mini%25`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(model.status).toBe(404);
});
