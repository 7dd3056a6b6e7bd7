import { expect, type Page, test } from "@playwright/test";
import { seedDatasetVersion, workspaceOf } from "../scripts/test/seed-jobs";
import { fixed, toJsonl, withErrors } from "./datasets/files";
import { trainOnNewVersion as trainOnVersion } from "./datasets/versions";
import { afterAction, newUser, signUp, withDatabase } from "./fixtures";

type JobRow = {
  id: string;
  status: string;
  connectionKind: string;
  trainingVersionId: string | null;
  trainingFileName: string | null;
  startedById: string | null;
  exampleCount: number | null;
  billedTokens: number | null;
  estimatedCost: number | null;
  suffix: string | null;
};

const jobRow = (jobId: string) =>
  withDatabase((db) => db.prepare(`SELECT * FROM "job" WHERE "id" = ?`).get(jobId) as JobRow | undefined);

/** A dataset with these examples and one frozen version; ends on the form its "Train" link opens. */
async function trainOnNewVersion(page: Page, name: string, examples: object[]) {
  await trainOnVersion(page, name, examples);
  await expect(page.getByLabel("Dataset version", { exact: true })).toContainText(`${name} · v1`);
}

const jobIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1) ?? "";

test("a frozen version with auto hyperparameters: the review shows epochs, tokens and cost, then the job starts", async ({
  page,
  browser,
}) => {
  const user = newUser();
  await signUp(page, user);
  // The version is only read here: seeded, where datasets.spec.ts freezes one through the pages.
  const { versionId } = withDatabase((db) =>
    seedDatasetVersion(db, {
      workspaceId: workspaceOf(db, user.email).workspaceId,
      name: "Kundendienst",
      examples: fixed,
    }),
  );
  await page.goto(`/jobs/new?version=${versionId}`);
  await expect(page.getByLabel("Dataset version", { exact: true })).toContainText("Kundendienst · v1");
  await expect(page.getByTestId("version-summary")).toContainText("11 examples");
  await expect(page.getByLabel("Connection")).toContainText("Sandbox");
  await page.getByLabel("Suffix").fill("support-bot");
  await page.getByRole("button", { name: "Review" }).click();

  const review = page.getByRole("dialog", { name: "Review and start" });
  // 11 examples: auto trains about 100 examples' worth, 9 epochs.
  await expect(review.getByTestId("review-epochs")).toHaveText("9 (auto)");
  await expect(review.getByTestId("review-billed-tokens")).toContainText("× 9 =");
  await expect(review.getByTestId("review-cost")).toHaveText(/^\$\d+\.\d{2}$/);
  await expect(review).toContainText("list price of $3.00 per 1M training tokens for gpt-4o-mini-2024-07-18");
  await afterAction(page, () => review.getByRole("button", { name: "Start training" }).click());
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/);
  const job = jobRow(jobIdOf(page));
  expect(job).toMatchObject({ connectionKind: "sandbox", exampleCount: 11, suffix: "support-bot" });
  expect(job?.startedById).toBeTruthy();
  expect(job?.trainingVersionId).toBeTruthy();
  expect(job?.billedTokens).toBeGreaterThan(0);
  expect(job?.estimatedCost).toBeGreaterThan(0);

  // Train again: the same choices, filled in.
  const jobId = jobIdOf(page);
  await page.goto(`/jobs/new?from=${jobId}`);
  await expect(page.getByText("The choices of an earlier job are filled in.")).toBeVisible();
  await expect(page.getByLabel("Suffix")).toHaveValue("support-bot");
  await expect(page.getByLabel("Dataset version", { exact: true })).toContainText("Kundendienst · v1");

  const other = await browser.newPage();
  await signUp(other, newUser("Eve"));
  const response = await other.goto(`/jobs/new?from=${jobId}`);
  expect(response?.status()).toBe(404);
});

test("a manual hyperparameter out of range is shown at its field", async ({ page }) => {
  await signUp(page, newUser());
  await trainOnNewVersion(page, "Range", fixed);
  const epochs = page.getByRole("group", { name: "Epochs" });
  await epochs.getByLabel("Auto").uncheck();
  await epochs.getByLabel("Number of epochs").fill("80");
  await page.getByRole("button", { name: "Review" }).click();
  await expect(epochs.getByText("Use a whole number from 1 to 50.")).toBeVisible();
  await expect(epochs.getByLabel("Number of epochs")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await epochs.getByLabel("Number of epochs").fill("2");
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByRole("dialog").getByTestId("review-epochs")).toHaveText("2");
});

test("a version with sensitive data shows the warning and needs the tick", async ({ page }) => {
  await signUp(page, newUser());
  const examples = fixed.map((example, index) =>
    index === 4
      ? {
          messages: example.messages.map((message) =>
            message.role === "user"
              ? { ...message, content: `${message.content} Schreiben Sie an ada@example.com` }
              : message,
          ),
        }
      : example,
  );
  await trainOnNewVersion(page, "Mit Adresse", examples);
  await page.getByRole("button", { name: "Review" }).click();
  const review = page.getByRole("dialog", { name: "Review and start" });
  const warning = review.getByRole("alert").filter({ hasText: "1 example contains sensitive data" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("e-mail addresses: 1 example");
  const start = review.getByRole("button", { name: "Start training" });
  await expect(start).toBeDisabled();
  await review.getByLabel("Send anyway").check();
  await afterAction(page, () => start.click());
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/);
  expect(jobRow(jobIdOf(page))).toBeTruthy();
});

test("a JSONL file the provider will refuse: its problems by line, then sent anyway, up to the created job", async ({
  page,
}) => {
  await signUp(page, newUser());
  await page.goto("/jobs/new");
  await page.getByLabel("Upload a JSONL file").first().check();
  await page.getByLabel("Training file (JSONL)").setInputFiles({
    name: "support.jsonl",
    mimeType: "application/jsonl",
    buffer: Buffer.from(toJsonl(withErrors)),
  });
  const problems = page.getByRole("list", { name: "Problems of the file" });
  await expect(problems).toContainText("Line 3");
  await expect(problems).toContainText("Line 7");
  await expect(page.getByText("The provider will refuse this file: 2 lines have problems.")).toBeVisible();

  await page.getByRole("button", { name: "Review" }).click();
  const review = page.getByRole("dialog", { name: "Review and start" });
  await expect(review.getByTestId("review-epochs")).toHaveText("9 (auto)");
  const start = review.getByRole("button", { name: "Start training" });
  await expect(start).toBeDisabled();
  await review.getByLabel("Send the file as it is").check();
  await afterAction(page, () => start.click());
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/);
  expect(jobRow(jobIdOf(page))).toMatchObject({ trainingVersionId: null, trainingFileName: "support.jsonl" });
});

test("the form speaks German", async ({ browser }) => {
  const page = await browser.newPage({ locale: "de-DE" });
  await signUp(page, newUser(), "de");
  await page.goto("/jobs/new");
  await expect(page.getByRole("heading", { name: "Neuer Fine-Tuning-Job" })).toBeVisible();
  await expect(page.getByLabel("Verbindung")).toBeVisible();
  await expect(page.getByLabel("Basismodell")).toBeVisible();
  await expect(page.getByRole("group", { name: "Epochen" }).getByLabel("Automatisch")).toBeChecked();
  await expect(page.getByRole("button", { name: "Prüfen" })).toBeVisible();
});
