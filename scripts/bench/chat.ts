/**
 * Time to first token of a streamed answer through the app's chat route (/api/chat/stream) against the same
 * call straight to the Sandbox, on the production build. Scripts may not import the SDK (only lib/providers
 * does), so the direct call is the request the SDK sends: same body, same SSE reading. The Sandbox paces its
 * first token by the second a request arrives, so each pair is sent within one second: their difference is
 * the app's overhead.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encryptSecret } from "../../lib/crypto.ts";
import { openDatabase, seedSandboxConnection } from "../test/seed-sandbox.ts";
import { startServer } from "./server.ts";
import { signUp } from "./sign-up.ts";
import { report, summarize } from "./stats.ts";

const PAIRS = 30;
const GOAL_MS = 30;
const MODEL = "gpt-4o-mini";
const QUESTION = "Wie lange hält der Akku des T-1000?";

/** A user signed up through the UI, with the session cookie and workspace. */
async function signUpWithWorkspace(url: string, dataDir: string) {
  const { email, cookie } = await signUp(url);
  const { workspaceId } = openDatabase(path.join(dataDir, "app.db"))
    .prepare(`SELECT m."workspaceId" FROM "member" m JOIN "user" u ON u."id" = m."userId" WHERE u."email" = ?`)
    .get(email) as { workspaceId: string };
  return { cookie, workspaceId };
}

/** A Sandbox connection of the workspace, its token sealed as the app seals keys (the bench knows the token). */
function sandboxConnection(dataDir: string, workspaceId: string) {
  const db = openDatabase(path.join(dataDir, "app.db"));
  const { token, connectionId } = seedSandboxConnection(db);
  const secret = fs.readFileSync(path.join(dataDir, "secret.key"), "utf8").trim();
  db.prepare(`UPDATE "connection" SET "workspaceId" = ?, "apiKeyEncrypted" = ? WHERE "id" = ?`).run(
    workspaceId,
    encryptSecret(token, secret),
    connectionId,
  );
  return { token, connectionId };
}

/** POSTs a streamed request and reads until `firstToken` matches the text; the time that took, in ms. */
async function timeToFirstToken(
  request: { url: string; headers: Record<string, string>; body: unknown },
  firstToken: RegExp,
): Promise<number> {
  const started = performance.now();
  const controller = new AbortController();
  const response = await fetch(request.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...request.headers },
    body: JSON.stringify(request.body),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`${request.url} answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`${request.url} ended before the first token: ${text}`);
    text += value;
    if (firstToken.test(text)) break;
  }
  const elapsed = performance.now() - started;
  controller.abort();
  return elapsed;
}

const messages = [{ role: "user", content: QUESTION }];

/** The first chunk carries the role and an empty content: the first token is the first non-empty content. */
function directFirstToken(url: string, token: string): Promise<number> {
  const body = { model: MODEL, messages, stream: true, stream_options: { include_usage: true } };
  const headers = { authorization: `Bearer ${token}` };
  return timeToFirstToken({ url: `${url}/api/sandbox/v1/chat/completions`, headers, body }, /"content":"[^"]/);
}

function appFirstToken(url: string, cookie: string, connectionId: string): Promise<number> {
  const params = { systemPrompt: "", temperature: null, topP: null, maxTokens: null, seed: null };
  const body = { connectionId, model: MODEL, params, messages };
  return timeToFirstToken({ url: `${url}/api/chat/stream`, headers: { cookie }, body }, /"type":"delta"/);
}

/** Waits for the start of the next second (plus a little), so a pair of requests lands in one second. */
async function nextSecond() {
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
}

export async function benchChat() {
  console.log("\nChat tester: time to first token, app route vs straight to the Sandbox (production build)");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-bench-chat-"));
  const server = await startServer({ port: 3500, dataDir });
  try {
    const { cookie, workspaceId } = await signUpWithWorkspace(server.url, dataDir);
    const { token, connectionId } = sandboxConnection(dataDir, workspaceId);
    const direct = () => directFirstToken(server.url, token);
    // Warm both paths (route compilation, SDK and session caches).
    await direct();
    await appFirstToken(server.url, cookie, connectionId);

    const straight: number[] = [];
    const app: number[] = [];
    const overhead: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      await nextSecond();
      // Alternate who goes first, so neither side always meets a busier server.
      const appFirst = pair % 2 === 1;
      const first = appFirst ? await appFirstToken(server.url, cookie, connectionId) : await direct();
      const second = appFirst ? await direct() : await appFirstToken(server.url, cookie, connectionId);
      const [viaApp, viaSdk] = appFirst ? [first, second] : [second, first];
      app.push(viaApp);
      straight.push(viaSdk);
      overhead.push(viaApp - viaSdk);
    }
    report("chat TTFT through /api/chat/stream", summarize(app));
    report("chat TTFT straight to the Sandbox (the SDK's request)", summarize(straight));
    const paired = summarize(overhead);
    report("chat TTFT overhead of the app (paired difference)", paired);
    const ofMedians = summarize(app).median - summarize(straight).median;
    console.log(
      `chat TTFT overhead at p50: ${paired.median.toFixed(1)} ms paired, ${ofMedians.toFixed(1)} ms between medians; ` +
        `goal < ${GOAL_MS} ms → ${(paired.median / GOAL_MS).toFixed(2)}× the goal (${paired.median < GOAL_MS ? "met" : "NOT met"})`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
