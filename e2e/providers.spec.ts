/**
 * Provider openness and model lifecycle: an OpenAI-compatible connection pointed at the Sandbox (capabilities
 * detected, a job trained through it, its model beside a base model in chat), lifecycle warnings for a model
 * retiring in 10 days (a registry override made in Settings), and the Sandbox's emulated end of fine-tuning.
 */
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { trainOnNewVersion } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

const DATABASE_FILE = path.resolve(import.meta.dirname, "../.e2e-data/app.db");
const BASE = "gpt-4o-mini-2024-07-18";

function query<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = openDatabase(DATABASE_FILE);
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

const column = (page: Page, number: number) => page.getByTestId(`chat-column-${number}`);

async function editSandbox(page: Page, change: (dialog: ReturnType<Page["getByRole"]>) => Promise<unknown>) {
  await page.goto("/connections");
  await page
    .getByRole("region", { name: /^Sandbox/ })
    .getByRole("button", { name: "Edit" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Edit Sandbox" });
  await change(dialog);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
}

test("an OpenAI-compatible connection to the Sandbox: capabilities, a job through it, its model beside a base model", async ({
  page,
}) => {
  // A fine-tuning job through the connection, watched on its page until it succeeds, then chat: long work.
  test.setTimeout(240_000);
  const user = newUser();
  await signUp(page, user);
  await editSandbox(page, (dialog) =>
    dialog.getByLabel("Simulated job duration").selectOption({ label: "About 5 seconds" }),
  );

  const sandbox = page.getByRole("region", { name: /^Sandbox/ });
  await sandbox.getByRole("button", { name: "Show API access" }).click();
  const baseUrl = (await sandbox.getByTestId("sandbox-base-url").textContent()) ?? "";
  const token = (await sandbox.getByTestId("sandbox-token").textContent()) ?? "";
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a connection" });
  await dialog.getByRole("radio", { name: "OpenAI-compatible" }).check();
  await dialog.getByLabel("Name").fill("Gateway");
  await dialog.getByLabel("Base URL").fill(baseUrl);
  await dialog.getByLabel("API key").fill(token);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  const gateway = page.getByRole("region", { name: /^Gateway/ });
  await expect(gateway).toContainText(baseUrl);
  await gateway.getByRole("button", { name: "Test connection" }).click();
  await expect(gateway.getByTestId("capabilities")).toHaveText("4 chat models · fine-tuning API available");

  await trainOnNewVersion(page, "Gateway data");
  await page.getByLabel("Connection").selectOption({ label: "Gateway (OpenAI-compatible)" });
  await page.getByLabel("Base model").selectOption(BASE);
  await page.getByRole("button", { name: "Review" }).click();
  await page.getByRole("dialog", { name: "Review and start" }).getByRole("button", { name: "Start training" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/, { timeout: 30_000 });
  const jobId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(query<{ connectionKind: string }>(`SELECT "connectionKind" FROM "job" WHERE "id" = ?`, jobId)).toEqual({
    connectionKind: "compatible",
  });
  // The runner syncs jobs of a compatible connection like any other.
  await expect(page.getByTestId("job-status")).toContainText("Succeeded", { timeout: 120_000 });
  const tuned =
    query<{ fineTunedModel: string }>(`SELECT "fineTunedModel" FROM "job" WHERE "id" = ?`, jobId)?.fineTunedModel ?? "";
  expect(tuned).toMatch(/^ft:gpt-4o-mini-2024-07-18:/);

  await page.goto("/chat");
  await column(page, 1)
    .getByRole("button", { name: /Model of Column 1/ })
    .click();
  await page
    .getByRole("dialog", { name: "Model for Column 1" })
    .getByRole("region", { name: "Sandbox" })
    .getByRole("button", { name: new RegExp(`^${BASE}`) })
    .click();
  await page.getByRole("button", { name: "Add column" }).click();
  await column(page, 2)
    .getByRole("button", { name: /Model of Column 2/ })
    .click();
  await page
    .getByRole("dialog", { name: "Model for Column 2" })
    .getByRole("region", { name: "Gateway" })
    .getByRole("button")
    .filter({ has: page.getByTitle(tuned, { exact: true }) })
    .click();
  await page.getByLabel("Your message to every column").fill("Wie laut ist der T-1000?");
  await page.getByRole("button", { name: "Send" }).last().click();
  await expect(column(page, 1).getByTestId("answer-metrics")).toBeVisible({ timeout: 30_000 });
  await expect(column(page, 2).getByTestId("answer-metrics")).toBeVisible({ timeout: 30_000 });
  await expect(column(page, 2).getByTestId("retirement-warning")).toContainText("Stops working on");
});

test("lifecycle warnings for a model retiring in 10 days, and the Sandbox's end of fine-tuning in plain words", async ({
  page,
}) => {
  const user = newUser();
  await signUp(page, user);
  const { workspaceId, connectionId } =
    query<{ workspaceId: string; connectionId: string }>(
      `SELECT m."workspaceId" AS workspaceId, c."id" AS connectionId FROM "member" m
       JOIN "user" u ON u."id" = m."userId" JOIN "connection" c ON c."workspaceId" = m."workspaceId"
       WHERE u."email" = ?`,
      user.email,
    ) ?? {};
  const tuned = `ft:${BASE}:org-sandbox:retiring:abc123`;
  const db = openDatabase(DATABASE_FILE);
  const now = new Date().toISOString().replace("Z", "+00:00");
  db.prepare(
    `INSERT INTO "job" ("id", "workspaceId", "connectionId", "connectionName", "connectionKind", "providerJobId",
      "status", "baseModel", "method", "trainingFileId", "fineTunedModel", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 'Sandbox', 'sandbox', ?, 'succeeded', ?, 'supervised', 'file-x', ?, ?, ?)`,
  ).run(`job-retiring-${Date.now()}`, workspaceId, connectionId, `ftjob-${Date.now()}`, BASE, tuned, now, now);
  db.close();

  // A registry override: the base model retires 10 days from today.
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Set dates for a model" });
  await form.getByLabel("Provider").selectOption("openai");
  await form.getByLabel("Model").fill(BASE);
  await form.getByLabel("Stops working on").fill(inTenDays);
  await form.getByLabel("Note (optional)").fill("Test clock");
  await form.getByRole("button", { name: "Save dates" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(
    page.getByTestId("lifecycle-row").filter({ hasText: "Set by this workspace: Test clock" }),
  ).toContainText(BASE);

  await page.goto("/");
  const card = page.getByRole("region", { name: "Retiring soon" });
  await expect(card).toContainText(tuned);
  await expect(card.getByTestId("retirement-warning")).toContainText("10 days left");

  await page.goto("/jobs");
  await expect(page.getByTestId("retirement-warning").first()).toContainText("10 days left");

  // The Sandbox emulates OpenAI closing fine-tuning for the organisation.
  await editSandbox(page, (dialog) => dialog.getByLabel(/Fine-tuning closed for this organisation/).check());
  await expect(page.getByRole("region", { name: /^Sandbox/ }).getByTestId("sandbox-settings")).toContainText(
    "fine-tuning closed",
  );
  await trainOnNewVersion(page, "Closed data");
  await page.getByLabel("Base model").selectOption(BASE);
  await expect(page.getByTestId("training-warning")).toContainText("Models trained on it stop working on");
  await expect(page.getByTestId("training-warning")).toContainText("10 days left");
  await page.getByRole("button", { name: "Review" }).click();
  await page.getByRole("dialog", { name: "Review and start" }).getByRole("button", { name: "Start training" }).click();
  await expect(page.getByText("no longer lets this organisation start fine-tuning jobs")).toBeVisible({
    timeout: 30_000,
  });
});
