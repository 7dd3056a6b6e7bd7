/**
 * What a build pipeline does with the REST API, in plain fetch: a dataset from JSONL, a frozen version, a
 * Sandbox job, polled until it runs. The e2e spec runs it with a token made in the UI.
 */
type Json = Record<string, unknown>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: { code: string; message: string } },
  ) {
    super(`${status} ${body.error?.code ?? ""}: ${body.error?.message ?? ""}`);
  }
}

export function apiClient(baseUrl: string, token: string) {
  return async function call<T = Json>(
    method: string,
    path: string,
    body?: string,
    type = "application/json",
  ): Promise<T> {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      body,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": type }) },
    });
    const json = await response.json();
    if (!response.ok) throw new ApiError(response.status, json);
    return json as T;
  };
}

type Job = { id: string; status: string; providerJobId: string };

export async function runPipeline(options: { baseUrl: string; token: string; jsonl: string; name: string }) {
  const call = apiClient(options.baseUrl, options.token);
  const dataset = await call<{ id: string; exampleCount: number }>(
    "POST",
    `/datasets?name=${encodeURIComponent(options.name)}`,
    options.jsonl,
    "application/jsonl",
  );
  const version = await call<{ id: string; number: number }>("POST", `/datasets/${dataset.id}/versions`, "{}");
  const { data: connections } = await call<{ data: { id: string; kind: string }[] }>("GET", "/connections");
  const sandbox = connections.find((connection) => connection.kind === "sandbox");
  if (!sandbox) throw new Error("No Sandbox connection");
  let job = await call<Job>(
    "POST",
    "/jobs",
    JSON.stringify({ connectionId: sandbox.id, model: "gpt-4o-mini-2024-07-18", versionId: version.id, suffix: "api" }),
  );
  const seen = [job.status];
  for (let attempt = 0; attempt < 120 && !["running", "succeeded"].includes(job.status); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await call<Job>("GET", `/jobs/${job.id}`);
    if (seen.at(-1) !== job.status) seen.push(job.status);
  }
  return { dataset, version, job, seen };
}
