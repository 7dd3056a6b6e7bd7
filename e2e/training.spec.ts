/**
 * The whole training flow on the Sandbox, with the app's own job runner: a frozen version → a job with auto
 * hyperparameters → the job page follows it live to the end → its checkpoints and result file → a colleague
 * sees it in the shared history with its author.
 */
import { expect, test } from "@playwright/test";
import { addMember } from "../scripts/test/add-member";
import { seedDatasetVersion, workspaceOf } from "../scripts/test/seed-jobs";
import { advanceSandboxJobs, setSandboxJobSeconds } from "../scripts/test/seed-sandbox";
import { fixed } from "./datasets/files";
import { afterAction, newUser, signUp, withDatabase } from "./fixtures";

/** Long enough that training is seen moving step by step: 200 s of training after 20 s of validation and queue. */
const JOB_SECONDS = 225;

test("start a job from a frozen version and watch it live until it succeeds; a colleague sees it", async ({
  page,
  browser,
}) => {
  const owner = newUser("Grace Hopper");
  await signUp(page, owner);

  await test.step("a dataset with one frozen version", async () => {
    // The version is only read here (datasets.spec.ts freezes one through the pages). The job trains slowly, so
    // the page is always seen following it; the test moves the job's clock on when it has seen what it needs.
    const { versionId } = withDatabase((db) => {
      const { workspaceId } = workspaceOf(db, owner.email);
      setSandboxJobSeconds(db, { workspaceId, jobSeconds: JOB_SECONDS });
      return seedDatasetVersion(db, { workspaceId, name: "T-1000 support", examples: fixed });
    });
    await page.goto(`/jobs/new?version=${versionId}`);
    await expect(page.getByLabel("Dataset version", { exact: true })).toContainText("T-1000 support · v1");
  });

  await test.step("auto hyperparameters: the review shows the cost before anything starts", async () => {
    await page.getByRole("button", { name: "Review" }).click();
    const review = page.getByRole("dialog", { name: "Review and start" });
    await expect(review.getByTestId("review-epochs")).toHaveText(/\(auto\)/);
    await expect(review.getByTestId("review-cost")).toHaveText(/^\$\d+\.\d{2}$/);
    await afterAction(page, () => review.getByRole("button", { name: "Start training" }).click());
    await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/);
  });
  const jobUrl = page.url();

  await test.step("the page follows the job live: running, the chart and the events grow", async () => {
    const status = page.getByTestId("job-status");
    await expect(status).toHaveText(/Validating files|Queued|Running/);
    // Past validation and the queue at once: training starts.
    withDatabase((db) =>
      advanceSandboxJobs(db, { workspaceId: workspaceOf(db, owner.email).workspaceId, seconds: 20 }),
    );
    await expect(status).toHaveText("Running");
    const progress = page.getByRole("progressbar");
    await expect(progress).toBeVisible();
    const firstStep = Number(await progress.getAttribute("aria-valuenow"));
    await expect(page.getByTestId("loss-chart")).toBeVisible();
    const eventsBefore = await page.getByTestId("job-event").count();
    // Without reloading, the job moves on: more steps trained, more events listed.
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(firstStep);
    await expect.poll(() => page.getByTestId("job-event").count()).toBeGreaterThan(eventsBefore);
    // The log lists only the rows in view, newest first: the job's first event is on top once turned around.
    await page.getByRole("button", { name: "Newest first" }).click();
    await expect(page.getByRole("button", { name: "Oldest first" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("job-event").filter({ hasText: "Fine-tuning job started" })).toHaveCount(1);
  });

  await test.step("it ends succeeded, with checkpoints and the result file", async () => {
    // The rest of the job's time passes at once.
    withDatabase((db) =>
      advanceSandboxJobs(db, { workspaceId: workspaceOf(db, owner.email).workspaceId, seconds: JOB_SECONDS }),
    );
    await expect(page.getByTestId("job-status")).toHaveText("Succeeded");
    await expect(page.getByTestId("checkpoints").locator("tbody tr")).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Try in chat" }).first()).toHaveAttribute("href", /\/chat\?job=/);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download step_metrics.csv" }).click();
    const file = await download;
    const csv = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString("utf8")).toMatch(/^step,train_loss,train_accuracy,valid_loss/);
  });

  await test.step("a colleague in the workspace sees the job with its author", async () => {
    const colleaguePage = await browser.newPage();
    const colleague = newUser("Katherine Johnson");
    await signUp(colleaguePage, colleague);
    withDatabase((db) => addMember(db, { memberEmail: colleague.email, ownerEmail: owner.email }));
    await colleaguePage.goto("/jobs");
    const row = colleaguePage.getByTestId("job-row").first();
    await expect(row).toContainText("Grace Hopper");
    await expect(row).toContainText("Succeeded");
    await expect(row).toContainText("T-1000 support v1");
    await colleaguePage.goto(jobUrl);
    await expect(colleaguePage.getByTestId("job-status")).toHaveText("Succeeded");
  });
});
