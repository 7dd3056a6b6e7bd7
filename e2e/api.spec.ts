import { expect, type Page, test } from "@playwright/test";
import { ApiError, apiClient, runPipeline } from "../scripts/test/api-pipeline";
import { fixed, toJsonl } from "./datasets/files";
import { newUser, signUp } from "./fixtures";

/** Makes a token on the API tokens page and returns it, as the page shows it once. */
async function createTokenInUi(page: Page, name: string) {
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("api-token");
  await expect(shown).toBeVisible({ timeout: 20_000 });
  const token = (await shown.textContent()) ?? "";
  expect(token).toMatch(/^fp_[A-Za-z0-9_-]{43}$/);
  return token;
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : 0),
  );

test("a token made in Settings runs the pipeline over the REST API; revoked it is refused, another workspace gets 404", async ({
  page,
  browser,
  baseURL,
}) => {
  // The whole pipeline over the API (import, freeze, a Sandbox job until it runs, chat), then a second account.
  test.setTimeout(120_000);
  await signUp(page, newUser());
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  const token = await createTokenInUi(page, "CI pipeline");
  const list = page.getByRole("region", { name: "Your tokens" });
  await expect(list).toContainText("CI pipeline");
  await expect(list).toContainText(`fp_…${token.slice(-4)}`);
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  // Shown once: after the reload only its last four characters are left.
  await expect(page.getByTestId("api-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  const run = await runPipeline({ baseUrl: baseURL ?? "", token, jsonl: toJsonl(fixed), name: "From the pipeline" });
  expect(run.dataset.exampleCount).toBe(fixed.length);
  expect(run.version.number).toBe(1);
  expect(["running", "succeeded"]).toContain(run.job.status);
  expect(run.job.providerJobId).toMatch(/^ftjob-/);

  const call = apiClient(baseURL ?? "", token);
  const listed = await call<{ jobs: { id: string }[] }>("GET", "/jobs");
  expect(listed.jobs.map((job) => job.id)).toContain(run.job.id);
  const jobEvents = await call<{ events: unknown[] }>("GET", `/jobs/${run.job.id}/events`);
  expect(jobEvents.events.length).toBeGreaterThan(0);
  const { data: connections } = await call<{ data: { id: string; kind: string }[] }>("GET", "/connections");
  const chat = {
    connectionId: connections.find((connection) => connection.kind === "sandbox")?.id,
    model: "gpt-4o-mini-2024-07-18",
    messages: [
      { role: "system", content: "Answer briefly." },
      { role: "user", content: "Wie lange hält der Akku?" },
    ],
  };
  const answer = await call<{ choices: { message: { content: string } }[] }>(
    "POST",
    "/chat/completions",
    JSON.stringify(chat),
  );
  expect(answer.choices[0]?.message.content.length).toBeGreaterThan(0);
  const streamed = await fetch(`${baseURL}/api/v1/chat/completions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ ...chat, stream: true }),
  });
  expect(streamed.headers.get("content-type")).toContain("text/event-stream");
  const events = (await streamed.text()).split("\n\n").filter(Boolean);
  expect(events[0]).toContain('"type":"delta"');
  expect(events.at(-1)).toContain('"type":"done"');

  await page.goto(`/jobs/${run.job.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const stranger = await browser.newPage();
  await signUp(stranger, newUser("Eve"));
  const strangerToken = await createTokenInUi(stranger, "Elsewhere");
  const strangerCall = apiClient(baseURL ?? "", strangerToken);
  expect(await statusOf(strangerCall("GET", `/jobs/${run.job.id}`))).toBe(404);
  expect(await statusOf(strangerCall("POST", `/jobs/${run.job.id}/cancel`))).toBe(404);
  expect(await statusOf(strangerCall("GET", `/datasets/${run.dataset.id}`))).toBe(404);
  await stranger.close();

  await page.goto("/settings/tokens");
  await page.getByRole("button", { name: "Revoke token CI pipeline" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("region", { name: "Your tokens" })).toContainText("Revoked");
  expect(await statusOf(call("GET", `/jobs/${run.job.id}`))).toBe(401);

  // The audit log tells what came through the API from what was clicked, and keeps the token's life.
  await page.goto("/audit");
  const audit = page.getByTestId("audit-table");
  await expect(audit.locator('tr[data-action="job.started"]')).toContainText("via: api");
  await expect(audit.locator('tr[data-action="dataset.version_frozen"]')).toContainText("via: api");
  await expect(audit.locator('tr[data-action="token.created"]')).toContainText("CI pipeline");
  await expect(audit.locator('tr[data-action="token.revoked"]')).toHaveCount(1);
  expect(await audit.textContent()).not.toContain(token);
});

test("errors come as JSON with a code, scopes narrow a token, and too many requests get 429 with Retry-After", async ({
  page,
  baseURL,
}) => {
  // Sends requests until the rate limit answers 429.
  test.setTimeout(90_000);
  await signUp(page, newUser());
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("Read only");
  for (const scope of ["Datasets", "Jobs", "Chat"]) await page.getByRole("checkbox", { name: scope }).uncheck();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("api-token").textContent()) ?? "";

  const noToken = await fetch(`${baseURL}/api/v1/jobs`);
  expect(noToken.status).toBe(401);
  expect((await noToken.json()).error.code).toBe("unauthorized");

  const call = apiClient(baseURL ?? "", token);
  const refused = await call("POST", "/datasets", JSON.stringify({ name: "Nope" })).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(ApiError);
  expect((refused as ApiError).status).toBe(403);
  expect((await call<{ data: unknown[] }>("GET", "/datasets")).data).toEqual([]);

  const spec = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
  expect(spec.openapi).toBe("3.1.0");
  expect(Object.keys(spec.paths)).toContain("/jobs/{jobId}/cancel");

  const responses = await Promise.all(
    Array.from({ length: 130 }, () =>
      fetch(`${baseURL}/api/v1/connections`, { headers: { Authorization: `Bearer ${token}` } }),
    ),
  );
  const limited = responses.find((response) => response.status === 429);
  if (!limited) throw new Error("No request was limited");
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await limited.json()).error.code).toBe("rate_limited");
});
