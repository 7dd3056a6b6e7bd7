import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { addMember } from "../scripts/test/add-member";
import { seedDatasetVersion, seedJobs, workspaceOf } from "../scripts/test/seed-jobs";
import { advanceSandboxJobs, openDatabase, setKnownSandboxToken } from "../scripts/test/seed-sandbox";
import { newUser, signUp } from "./fixtures";
import { sandboxClient, test } from "./sandbox/fixtures";
import { startT1000Job, waitForJob } from "./sandbox/helpers";

const DATA_DIR = path.resolve(import.meta.dirname, "../.e2e-data");
const database = () => openDatabase(path.join(DATA_DIR, "app.db"));
const HELPDESK_MODEL = "ft:gpt-4o-mini-2024-07-18:acme:helpdesk:Ab12Cd34";

async function signedUpWorkspace(page: Page, name = "Ada Lovelace") {
  const user = newUser(name);
  await signUp(page, user);
  return { user, ...workspaceOf(database(), user.email) };
}

const rows = (page: Page) => page.getByTestId("job-row");

test("the team's job history: filters, search, sort, pages and authors, also for a second member", async ({
  page,
  browser,
}) => {
  const owner = await signedUpWorkspace(page);
  const db = database();
  const version = seedDatasetVersion(db, { workspaceId: owner.workspaceId, name: "Support answers" });
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  seedJobs(db, {
    workspaceId: owner.workspaceId,
    jobs: [
      ...Array.from({ length: 27 }, (_, index) => ({ startedById: owner.userId, createdAt: day(1 + index) })),
      {
        startedById: owner.userId,
        createdAt: day(28),
        suffix: "helpdesk",
        fineTunedModel: HELPDESK_MODEL,
        trainingVersionId: version.versionId,
        trainedTokens: 900_000,
      },
      {
        status: "failed",
        startedById: owner.userId,
        createdAt: day(29),
        error: { code: "invalid_training_file", message: "Invalid file format.", param: "training_file" },
      },
      { status: "running", external: true, createdAt: day(30), baseModel: "gpt-4.1-mini-2025-04-14", steps: 5 },
    ],
  });

  await page.goto("/jobs");
  await expect(page.getByRole("status").filter({ hasText: "30 jobs" })).toBeVisible();
  await expect(rows(page)).toHaveCount(25);
  await expect(rows(page).first()).toContainText("Started outside the app");
  await expect(rows(page).nth(2)).toContainText("Ada Lovelace");
  await expect(rows(page).nth(2)).toContainText("Support answers v1");

  await test.step("pages", async () => {
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(rows(page)).toHaveCount(5);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
  });

  await test.step("filters and search land in the URL", async () => {
    await page.getByLabel("Status").selectOption("failed");
    await expect(page).toHaveURL(/status=failed/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText("Failed");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Started by").selectOption("external");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText("gpt-4.1-mini-2025-04-14");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("searchbox", { name: "Search jobs" }).fill("helpdesk");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(HELPDESK_MODEL);
    // A shared link opens the same view.
    await page.reload();
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(rows(page)).toHaveCount(25);
  });

  await test.step("sorting by trained tokens puts the biggest job first", async () => {
    await page.getByRole("button", { name: "Trained tokens" }).click();
    await expect(page).toHaveURL(/sort=tokens/);
    await expect(rows(page).first()).toContainText(HELPDESK_MODEL);
  });

  await test.step("a second member of the workspace sees the job with its author", async () => {
    const context = await browser.newContext();
    const memberPage = await context.newPage();
    const member = newUser("Grace Hopper");
    await signUp(memberPage, member);
    addMember(db, { memberEmail: member.email, ownerEmail: owner.user.email });
    await memberPage.goto("/jobs?q=helpdesk");
    await expect(rows(memberPage)).toHaveCount(1);
    await expect(rows(memberPage)).toContainText(HELPDESK_MODEL);
    await expect(rows(memberPage)).toContainText("Ada Lovelace");
    await context.close();
  });
});

test("a succeeded job's page: timeline, hyperparameters, checkpoints and events by level; other workspaces get 404", async ({
  page,
  browser,
}) => {
  const owner = await signedUpWorkspace(page);
  const [jobId] = seedJobs(database(), {
    workspaceId: owner.workspaceId,
    jobs: [{ startedById: owner.userId, suffix: "helpdesk", steps: 30, epochs: 3, checkpoints: [10, 20, 30] }],
  });
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("helpdesk");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator("li")).toHaveCount(5);
  await expect(timeline.locator('li[data-state="done"]')).toHaveCount(5);
  await expect(timeline).toContainText("Succeeded");
  await expect(page.getByTestId("hyperparameters")).toContainText(/Epochs\s*3/);
  await expect(page.getByTestId("hyperparameters")).toContainText(/Learning rate multiplier\s*1\.8/);
  const checkpoints = page.getByTestId("checkpoints");
  await expect(checkpoints.locator("tbody tr")).toHaveCount(3);
  const tryLink = checkpoints.getByRole("link", { name: "Try in chat" }).first();
  await expect(tryLink).toHaveAttribute("href", new RegExp(`^/chat\\?job=${jobId}&model=ft%3A.*ckpt-step-10$`));
  await expect(page.getByRole("link", { name: "Train again" })).toHaveAttribute("href", `/jobs/new?from=${jobId}`);
  await expect(page.getByRole("link", { name: "Open in chat" })).toHaveAttribute("href", `/chat?job=${jobId}`);

  const log = page.getByRole("log", { name: "Events" });
  await expect(log.getByTestId("job-event").first()).toContainText("The job has successfully completed");
  await page.getByRole("button", { name: "Newest first" }).click();
  await expect(log.getByTestId("job-event").first()).toContainText("Created fine-tuning job");
  await page.getByLabel("Level").selectOption("warn");
  await expect(log.getByTestId("job-event")).toHaveCount(1);
  await expect(log.getByTestId("job-event")).toContainText("validation loss may be noisy");
  await page.getByLabel("Level").selectOption("error");
  await expect(page.getByText("No events yet.")).toBeVisible();

  const context = await browser.newContext();
  const stranger = await context.newPage();
  await signUp(stranger, newUser("Mallory"));
  await stranger.goto(`/jobs/${jobId}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  for (const url of [`/api/jobs/${jobId}`, `/api/jobs/${jobId}/events`, `/api/jobs/${jobId}/metrics`])
    expect((await stranger.request.get(url)).status()).toBe(404);
  await context.close();
});

test("a failed job says why in plain words and keeps the provider's message", async ({ page }) => {
  const owner = await signedUpWorkspace(page);
  const message = "The job failed due to a file format error in the training file. Invalid file format. Example 3";
  const [jobId] = seedJobs(database(), {
    workspaceId: owner.workspaceId,
    jobs: [
      {
        status: "failed",
        startedById: owner.userId,
        error: { code: "invalid_training_file", message, param: "training_file" },
      },
    ],
  });
  await page.goto(`/jobs/${jobId}`);
  const alert = page.getByRole("alert").filter({ hasText: "The job failed" });
  await expect(alert.getByTestId("failure-reason")).toHaveText(/could not read the training file/);
  await expect(alert).toContainText(message);
  await expect(page.getByTestId("timeline").locator('li[data-state="skipped"]')).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Cancel job" })).toHaveCount(0);
});

test("pause, resume and cancel a real Sandbox job from its page", async ({ page }) => {
  const owner = await signedUpWorkspace(page);
  const db = database();
  const { token, connectionId } = setKnownSandboxToken(db, {
    workspaceId: owner.workspaceId,
    dataDir: DATA_DIR,
    jobSeconds: 180,
  });
  const client = sandboxClient(token);
  const created = await startT1000Job(client);
  // Past validation and the queue (4 of the job's 45 time units) at once: it trains, slowly.
  advanceSandboxJobs(db, { workspaceId: owner.workspaceId, seconds: 16 });
  await waitForJob(client, created.id, ["running"]);
  const [jobId] = seedJobs(db, {
    workspaceId: owner.workspaceId,
    jobs: [
      {
        status: "running",
        providerJobId: created.id,
        connectionId,
        startedById: owner.userId,
        suffix: "t1000",
        createdAt: new Date(created.created_at * 1000),
      },
    ],
  });
  await page.goto(`/jobs/${jobId}`);
  const status = page.getByTestId("job-status");
  await expect(status).toHaveText("Running");

  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Pause job" }).click();
  await expect(status).toHaveText("Paused");
  expect((await client.fineTuning.jobs.retrieve(created.id)).status).toBe("paused");

  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Resume job" }).click();
  await expect(status).toHaveText(/Queued|Running/);

  await page.getByRole("button", { name: "Cancel job" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel job" }).click();
  await expect(status).toHaveText("Cancelled");
  expect((await client.fineTuning.jobs.retrieve(created.id)).status).toBe("cancelled");
  await expect(page.getByRole("button", { name: "Cancel job" })).toHaveCount(0);
});

test("a Sandbox job's step_metrics.csv downloads through the app", async ({ page }) => {
  const owner = await signedUpWorkspace(page);
  const db = database();
  const { token, connectionId } = setKnownSandboxToken(db, {
    workspaceId: owner.workspaceId,
    dataDir: DATA_DIR,
    jobSeconds: 5,
  });
  const client = sandboxClient(token);
  const created = await startT1000Job(client);
  // The whole job's time passes at once.
  advanceSandboxJobs(db, { workspaceId: owner.workspaceId, seconds: 5 });
  const { job } = await waitForJob(client, created.id, ["succeeded"]);
  const [jobId] = seedJobs(db, {
    workspaceId: owner.workspaceId,
    jobs: [
      {
        providerJobId: job.id,
        connectionId,
        startedById: owner.userId,
        fineTunedModel: job.fine_tuned_model,
        resultFiles: job.result_files,
      },
    ],
  });
  await page.goto(`/jobs/${jobId}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download step_metrics.csv" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("step_metrics.csv");
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").trim().split("\n");
  expect(lines[0]).toBe("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy");
  expect(lines).toHaveLength(101);
  // Not a result file of this job: the route does not pass other file ids on to the provider.
  expect((await page.request.get(`/api/jobs/${jobId}/result-files/${job.training_file}`)).status()).toBe(404);
});

test("an Azure job offers the deployment command and keeps the chosen name; sync problems are explained", async ({
  page,
}) => {
  const owner = await signedUpWorkspace(page);
  const [jobId] = seedJobs(database(), {
    workspaceId: owner.workspaceId,
    jobs: [
      {
        startedById: owner.userId,
        connectionKind: "azure",
        connectionName: "Azure West Europe",
        fineTunedModel: "gpt-4o-mini-2024-07-18.ft-0123456789abcdef",
        syncError: "rate_limited",
      },
    ],
  });
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByText("The provider is limiting requests right now.")).toBeVisible();
  await page.getByRole("button", { name: "Deploy on Azure" }).click();
  const dialog = page.getByRole("dialog", { name: "Deploy the model on Azure" });
  await dialog.getByLabel("Deployment name").fill("support-v1");
  await dialog.getByLabel("Deployment type (SKU)").selectOption("GlobalStandard");
  const command = dialog.getByTestId("azure-command");
  await expect(command).toContainText("--deployment-name support-v1");
  await expect(command).toContainText("--model-name gpt-4o-mini-2024-07-18.ft-0123456789abcdef");
  await expect(command).toContainText("--sku-name GlobalStandard");
  await dialog.getByLabel("Deployment name").fill("no spaces allowed");
  await dialog.getByRole("button", { name: "Save deployment name" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Use 2 to 64 letters");
  await dialog.getByLabel("Deployment name").fill("support-v1");
  await dialog.getByRole("button", { name: "Save deployment name" }).click();
  await expect(page.getByRole("button", { name: "Deployed as support-v1" })).toBeVisible();
});
