/**
 * Contract tests of the Sandbox: connections seeded straight into the e2e database, an `openai` client per
 * connection, and a fetch that checks every JSON response against OpenAI's OpenAPI spec.
 */
import path from "node:path";
import { test as base } from "@playwright/test";
import type Database from "better-sqlite3";
import OpenAI from "openai";
import { openDatabase, type SandboxSeed, seedSandboxConnection } from "../../scripts/test/seed-sandbox";
import { responseProblems, schemaProblems } from "./openapi";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SANDBOX_URL = `http://localhost:${PORT}/api/sandbox/v1`;
const DATABASE_FILE = path.resolve(import.meta.dirname, "../../.e2e-data/app.db");

/** Responses of the running test that broke the contract, alike ones counted once; the test fails with them. */
const contractFailures = new Map<string, { count: number; body: string }>();

const snippet = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

function recordFailure(where: string, problems: string[], body: string) {
  const key = `${where}\n  ${problems.join("\n  ")}`;
  const seen = contractFailures.get(key);
  contractFailures.set(key, { count: (seen?.count ?? 0) + 1, body: seen?.body ?? snippet(body) });
}

function contractReport(): string | null {
  if (!contractFailures.size) return null;
  const entries = [...contractFailures].map(
    ([key, { count, body }]) => `${key}\n  ${count > 1 ? `(${count} responses like this) first ` : ""}body: ${body}`,
  );
  return `Sandbox responses that do not match OpenAI's OpenAPI spec:\n\n${entries.join("\n\n")}`;
}

/** Checks a value the SDK handed over (a streamed chunk) against `components.schemas[name]`. */
export function checkSchema(name: string, value: unknown) {
  const problems = schemaProblems(name, value);
  if (problems.length) recordFailure(`${name} (streamed)`, problems, JSON.stringify(value));
}

function requestOf(input: string | URL | Request, init?: RequestInit) {
  const url = new URL(input instanceof Request ? input.url : input);
  const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toLowerCase();
  return { method, path: url.pathname.replace(/^\/api\/sandbox\/v1/, "") };
}

/**
 * The global fetch, sent once more when the server had closed the kept-alive socket it went out on: such a request
 * never reached the app (the SDK's own retries are off, so they cannot hide the app's answers).
 */
async function fetchOnFreshSocket(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== "UND_ERR_SOCKET") throw error;
    return fetch(input, init);
  }
}

/** Fetch, plus a schema check of every JSON response body (streams are checked per chunk by the tests). */
async function validatingFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetchOnFreshSocket(input, init);
  const { method, path: apiPath } = requestOf(input, init);
  if (!/application\/json/i.test(response.headers.get("content-type") ?? "")) {
    // OpenAI answers every error in JSON; an HTML error page would slip past the SDK's error classes.
    if (response.status >= 400) {
      const where = `${method.toUpperCase()} ${apiPath} → ${response.status}`;
      recordFailure(where, ["an error without a JSON body"], await response.clone().text());
    }
    return response;
  }
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    recordFailure(`${method.toUpperCase()} ${apiPath} → ${response.status}`, ["the body is not JSON"], text);
    return response;
  }
  const { operation, problems } = responseProblems(method, apiPath, response.status, body);
  if (problems.length) recordFailure(`${operation} → ${response.status}`, problems, text);
  return response;
}

let database: Database.Database | undefined;

/** A workspace of its own with one Sandbox connection, and an SDK client speaking with that connection's token. */
export function createSandboxConnection(options: SandboxSeed = {}) {
  database ??= openDatabase(DATABASE_FILE);
  const seeded = seedSandboxConnection(database, options);
  return { ...seeded, client: sandboxClient(seeded.token) };
}

export function sandboxClient(apiKey: string) {
  return new OpenAI({ apiKey, baseURL: SANDBOX_URL, maxRetries: 0, fetch: validatingFetch });
}

/** Playwright's `test`, failing any test whose Sandbox responses do not match OpenAI's spec. */
export const test = base.extend<{ contract: undefined }>({
  contract: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      contractFailures.clear();
      await use(undefined);
      const report = contractReport();
      contractFailures.clear();
      if (report) throw new Error(report);
    },
    { auto: true },
  ],
});
