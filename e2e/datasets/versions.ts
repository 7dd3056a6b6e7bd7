/** Datasets made through the pages, as a person would: a new dataset, an import through its panel, a frozen version. */
import { expect, type Page, type Response } from "@playwright/test";
import { seedDataset } from "../../scripts/test/seed-jobs";
import { signedIn, withDatabase } from "../fixtures";
import { fixed, toJsonl } from "./files";

/**
 * A new, empty dataset of whoever is signed in, seeded as the "New dataset" dialog makes it (datasets.spec.ts makes
 * one through the dialog); ends on its page.
 */
export async function createDataset(page: Page, name: string): Promise<void> {
  const { userId, workspaceId } = await signedIn(page);
  const datasetId = withDatabase((db) => seedDataset(db, { workspaceId, userId, name }));
  await page.goto(`/datasets/${datasetId}`);
}

/**
 * Does what starts an import on a dataset's page (choosing a file, confirming a CSV's columns) and returns the
 * server's answer. The server reads, checks and saves the whole file before it answers: seconds on a busy
 * machine, more for a large file. So this waits for that answer, within the test's own time, not for a message
 * on the page within the time the page gets to react.
 */
export async function importAnswer(page: Page, start: () => Promise<void>): Promise<Response> {
  const answer = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" && /^\/api\/datasets\/\w+\/import$/.test(new URL(response.url()).pathname),
    { timeout: 0 },
  );
  await start();
  return answer;
}

/** The same, for an import that must succeed: a refused file or a server error fails with what the server said. */
export async function importThrough(page: Page, start: () => Promise<void>): Promise<void> {
  const response = await importAnswer(page, start);
  expect(response.status(), `The import failed: ${await response.text()}`).toBe(200);
}

/** Imports a JSONL file of these examples through the import panel of the dataset's page. */
export async function importJsonl(page: Page, name: string, examples: object[]): Promise<void> {
  const buffer = Buffer.from(toJsonl(examples));
  await importThrough(page, () =>
    page.getByLabel("Choose file").setInputFiles({ name, mimeType: "application/jsonl", buffer }),
  );
}

/** A dataset with these examples and one frozen version; returns the version's id (from its "Train on v1" link). */
export async function datasetWithVersion(page: Page, name: string, examples: object[] = fixed): Promise<string> {
  await createDataset(page, name);
  await importJsonl(page, "data.jsonl", examples);
  await expect(page.getByText(`Imported ${examples.length} examples.`)).toBeVisible();
  await page.getByRole("button", { name: "Freeze version" }).click();
  const train = page.getByRole("link", { name: "Train on v1" });
  await expect(train).toBeVisible();
  return new URL((await train.getAttribute("href")) ?? "", "http://localhost").searchParams.get("version") ?? "";
}

/** The same, then on to the new-job form its "Train on v1" link opens. */
export async function trainOnNewVersion(page: Page, name: string, examples: object[] = fixed): Promise<void> {
  await datasetWithVersion(page, name, examples);
  await page.getByRole("link", { name: "Train on v1" }).click();
  await expect(page).toHaveURL(/\/jobs\/new\?version=\w+/);
}
