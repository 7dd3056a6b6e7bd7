/** Datasets made through the pages, as a person would, for the specs that start from a frozen version. */
import { expect, type Page } from "@playwright/test";
import { fixed, toJsonl } from "./files";

/** A dataset with these examples and one frozen version; returns the version's id (from its "Train on v1" link). */
export async function datasetWithVersion(page: Page, name: string, examples: object[] = fixed): Promise<string> {
  await page.goto("/datasets");
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(name);
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/datasets\/\w+/, { timeout: 30_000 });
  await page
    .getByLabel("Choose file")
    .setInputFiles({ name: "data.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(toJsonl(examples)) });
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
