/** The frame of every Sandbox endpoint: token auth, injected faults, OpenAI's error shape and headers. */
import "server-only";
import { randomBytes } from "node:crypto";
import { findSandboxConnectionByToken } from "@/lib/connections/queries";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { readJsonBody } from "@/lib/uploads/json-body";
import type { FineTuningCutoff } from "./cutoff";
import { SandboxError } from "./errors";

export type SandboxConnection = {
  id: string;
  workspaceId: string;
  jobSeconds: number;
  /** streamed chat answers wait after their first chunk until released (a test control) */
  holdStreams: boolean;
  /** the emulated end of self-serve fine-tuning (lib/sandbox/cutoff.ts) */
  fineTuningCutoff: FineTuningCutoff;
};
type Handler<Params> = (context: {
  connection: SandboxConnection;
  request: Request;
  params: Params;
}) => Promise<Response | object>;

const RATE_LIMIT_HEADERS = {
  "x-ratelimit-limit-requests": "10000",
  "x-ratelimit-limit-tokens": "2000000",
  "x-ratelimit-remaining-requests": "9999",
  "x-ratelimit-remaining-tokens": "1999000",
  "x-ratelimit-reset-requests": "6ms",
  "x-ratelimit-reset-tokens": "30ms",
};

function errorResponse(error: SandboxError, headers: Record<string, string>): Response {
  return Response.json(error.body, { status: error.status, headers });
}

function bearerToken(request: Request): string | null {
  return (
    request.headers
      .get("authorization")
      ?.match(/^Bearer\s+(.+)$/i)?.[1]
      ?.trim() || null
  );
}

function unauthorized(token: string | null): SandboxError {
  return new SandboxError(
    401,
    token
      ? `Incorrect API key provided: ${token.length > 8 ? `…${token.slice(-4)}` : "***"}. Use the token of a Sandbox connection.`
      : "You didn't provide an API key. Send it in the Authorization header as: Bearer YOUR_KEY.",
    { code: "invalid_api_key" },
  );
}

/** A fault the connection's settings ask for, or null: lets tests see how the app handles 429s and 500s. */
function injectedFault(settings: { sandboxFailureRate: number; sandboxFailureStatus: number }): SandboxError | null {
  if (settings.sandboxFailureRate <= 0 || Math.random() >= settings.sandboxFailureRate) return null;
  return settings.sandboxFailureStatus === 429
    ? new SandboxError(429, "Rate limit reached for requests. Please try again in 1s.", {
        type: "requests",
        code: "rate_limit_exceeded",
      })
    : new SandboxError(
        settings.sandboxFailureStatus,
        "The server had an error while processing your request. Sorry about that!",
      );
}

export function sandboxRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const headers: Record<string, string> = {
      "x-request-id": `req_${randomBytes(16).toString("hex")}`,
      ...RATE_LIMIT_HEADERS,
    };
    try {
      const token = bearerToken(request);
      const row = token ? await findSandboxConnectionByToken(token) : null;
      if (!row) throw unauthorized(token);
      if (row.sandboxLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, row.sandboxLatencyMs));
      const fault = injectedFault(row);
      if (fault) {
        if (fault.status === 429) Object.assign(headers, { "retry-after": "1", "x-ratelimit-remaining-requests": "0" });
        throw fault;
      }
      const connection = {
        id: row.id,
        workspaceId: row.workspaceId,
        jobSeconds: row.sandboxJobSeconds ?? getEnv().SANDBOX_JOB_SECONDS,
        holdStreams: row.sandboxHoldStreams,
        fineTuningCutoff: { closed: row.sandboxFineTuningClosed, closedAfter: row.sandboxFineTuningClosedAfter },
      };
      const result = await handler({ connection, request, params: await context.params });
      const response = result instanceof Response ? result : Response.json(result);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      if (error instanceof SandboxError) return errorResponse(error, headers);
      // The capped body readers refuse in the app's terms; the Sandbox answers in OpenAI's.
      if (error instanceof AppError && error.code === "too_large") {
        return errorResponse(new SandboxError(413, `${error.message}.`, { code: "request_too_large" }), headers);
      }
      logger.error(`Sandbox ${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(new SandboxError(500, "The server had an error while processing your request."), headers);
    }
  };
}

/** Reads a JSON body (capped at JSON_BODY_MAX_KB) or answers 400 the way OpenAI does. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new SandboxError(400, "We could not parse the JSON body of your request. The body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}
