/**
 * The chat tester on the Sandbox: a fine-tuned model beside its base model, streamed answers with their figures,
 * rating, "add to dataset", saved conversations, a 429 that stays in its column, and HTML shown as text.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type OpenAI from "openai";
import { encryptSecret } from "../lib/crypto";
import { seedDataset, workspaceOf } from "../scripts/test/seed-jobs";
import {
  advanceSandboxJobs,
  holdSandboxStreams,
  openDatabase,
  seedSandboxConnection,
} from "../scripts/test/seed-sandbox";
import { newUser, signUp } from "./fixtures";
import { sandboxClient, test } from "./sandbox/fixtures";
import { startT1000Job, uploadJsonl, waitForJob } from "./sandbox/helpers";
import { closeQuestion, t1000Jsonl, t1000ValidationJsonl } from "./sandbox/training-data";

const DATA_DIR = path.resolve(import.meta.dirname, "../.e2e-data");
const database = () => openDatabase(path.join(DATA_DIR, "app.db"));
const now = () => new Date().toISOString().replace("Z", "+00:00");
const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const BASE = "gpt-4o-mini-2024-07-18";

/** A Sandbox connection in the user's workspace, its token sealed the way the app seals it. */
function addSandboxConnection(workspaceId: string, name: string, settings: { failureRate?: number } = {}) {
  const seeded = seedSandboxConnection(database(), { jobSeconds: 2, ...settings });
  const secret = fs.readFileSync(path.join(DATA_DIR, "secret.key"), "utf8").trim();
  database()
    .prepare(`UPDATE "connection" SET "workspaceId" = ?, "name" = ?, "apiKeyEncrypted" = ? WHERE "id" = ?`)
    .run(workspaceId, name, encryptSecret(seeded.token, secret), seeded.connectionId);
  // Training goes through several requests on a loaded machine: let the SDK retry a dropped connection.
  return { connectionId: seeded.connectionId, client: sandboxClient(seeded.token).withOptions({ maxRetries: 3 }) };
}

/** A model fine-tuned on the Sandbox connection of the workspace; the job's time passes on the Sandbox's clock. */
async function trainedModel(workspaceId: string, client: OpenAI, jsonl?: string) {
  const created = jsonl
    ? await client.fineTuning.jobs.create({
        model: "gpt-4o-mini",
        training_file: (await uploadJsonl(client, jsonl)).id,
      })
    : await startT1000Job(client);
  advanceSandboxJobs(database(), { workspaceId, seconds: 2 });
  const { job } = await waitForJob(client, created.id, ["succeeded", "failed", "cancelled"]);
  expect(job.status).toBe("succeeded");
  return job.fine_tuned_model ?? "";
}

/** The app's record of a finished job (the training flow writes these), trained on a version of the T-1000 data. */
function seedJob(options: { workspaceId: string; connectionId: string; fineTunedModel: string }) {
  const db = database();
  const versionId = id("ver-");
  const jobId = id("job-");
  db.prepare(
    `INSERT INTO "dataset_version" ("id", "workspaceId", "datasetName", "kind", "number", "contentHash", "jsonl",
      "exampleCount", "tokenCount", "validationJsonl", "validationCount", "createdAt")
     VALUES (?, ?, 'T-1000', 'chat', 1, ?, ?, 10, 500, ?, 3, ?)`,
  ).run(
    versionId,
    options.workspaceId,
    createHash("sha256").update(t1000Jsonl).digest("hex"),
    t1000Jsonl,
    t1000ValidationJsonl,
    now(),
  );
  db.prepare(
    `INSERT INTO "job" ("id", "workspaceId", "connectionId", "connectionName", "connectionKind", "providerJobId",
      "status", "baseModel", "method", "trainingVersionId", "trainingFileId", "fineTunedModel", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 'Sandbox A', 'sandbox', ?, 'succeeded', ?, 'supervised', ?, 'file-x', ?, ?, ?)`,
  ).run(
    jobId,
    options.workspaceId,
    options.connectionId,
    id("ftjob-"),
    BASE,
    versionId,
    options.fineTunedModel,
    now(),
    now(),
  );
  return { jobId, versionId };
}

const column = (page: Page, number: number) => page.getByTestId(`chat-column-${number}`);

async function send(page: Page, text: string) {
  await page.getByLabel("Your message to every column").fill(text);
  await page.getByRole("button", { name: "Send" }).last().click();
}

test.describe("chat tester", () => {
  test("a fine-tuned model beside its base: streamed answers, figures, rating, add to dataset, reopen", async ({
    page,
  }) => {
    const user = newUser();
    await signUp(page, user);
    const { workspaceId, userId } = workspaceOf(database(), user.email);
    const { connectionId, client } = addSandboxConnection(workspaceId, "Sandbox A");
    const tuned = await trainedModel(workspaceId, client);
    const { jobId } = seedJob({ workspaceId, connectionId, fineTunedModel: tuned });
    const datasetId = seedDataset(database(), { workspaceId, userId, name: "Corrections" });

    await page.goto(`/chat?job=${jobId}`);
    await expect(column(page, 1).getByRole("button", { name: /Model of Column 1/ })).toContainText(BASE);
    await expect(column(page, 2).getByRole("button", { name: /Model of Column 2/ })).toContainText(tuned);
    await expect(column(page, 2)).toContainText("System: Du chattest jetzt mit dem Kundenservice");

    const question = closeQuestion.messages[1]?.content ?? "";
    await send(page, question);
    await expect(column(page, 2).getByTestId("answer")).toContainText(closeQuestion.answer);
    await expect(column(page, 1).getByTestId("answer-metrics")).toBeVisible();
    const baseAnswer = (await column(page, 1).getByTestId("answer").locator(".chat-markdown").textContent()) ?? "";
    expect(baseAnswer.length).toBeGreaterThan(0);
    expect(baseAnswer).not.toContain(closeQuestion.answer);
    for (const number of [1, 2]) {
      await expect(column(page, number).getByTestId("answer-metrics")).toContainText(
        /\d+ tokens in · \d+ tokens out · first token \d+ ms · total [\d.]+ s · \$\d/,
      );
    }

    await column(page, 2).getByRole("button", { name: "Better" }).click();
    await expect(column(page, 2).getByRole("button", { name: "Better" })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
    const conversationUrl = page.url();

    await column(page, 2).getByRole("button", { name: "Add to dataset" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to a dataset" });
    await dialog.getByLabel("Answer").fill(`${closeQuestion.answer} Ihr Saubermann-Team.`);
    await dialog.getByRole("button", { name: "Add example" }).click();
    await expect(dialog.getByRole("status")).toContainText("Added as example 1. It is valid.");
    await dialog.getByRole("button", { name: "Done" }).click();

    await page.goto(`/datasets/${datasetId}`);
    await expect(page.getByText(question).first()).toBeVisible();

    await page.goto("/chat");
    await page.getByRole("button", { name: "Saved conversations" }).click();
    await page
      .getByRole("dialog")
      .getByRole("link", { name: new RegExp(question.slice(0, 30)) })
      .click();
    await expect(page).toHaveURL(conversationUrl);
    await expect(column(page, 2).getByTestId("answer")).toContainText(closeQuestion.answer);
    await expect(column(page, 2).getByRole("button", { name: "Better" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByRole("dialog").getByLabel("Title").fill("Fehlercode E3");
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("conversation-title")).toHaveText("Fehlercode E3");

    const exported = await page.request.get(`${conversationUrl.replace("/chat/", "/api/chat/conversations/")}/export`);
    const lines = (await exported.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.model)).toEqual([BASE, tuned]);
    expect(lines[1].messages.at(-1)).toEqual({ role: "assistant", content: closeQuestion.answer, rating: "better" });

    // Another workspace reaches none of it.
    const stranger = newUser("Eve");
    await page.context().clearCookies();
    await signUp(page, stranger);
    for (const url of [conversationUrl, `/chat?job=${jobId}`]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
    }
    const stream = await page.request.post("/api/chat/stream", {
      data: {
        connectionId,
        model: BASE,
        params: { systemPrompt: "", temperature: null, topP: null, maxTokens: null, seed: null },
        messages: [{ role: "user", content: "Hi" }],
      },
    });
    expect(stream.status()).toBe(404);
    const stolen = await page.request.get(`${conversationUrl.replace("/chat/", "/api/chat/conversations/")}/export`);
    expect(stolen.status()).toBe(404);
  });

  test("a 429 in one column shows there while the other column answers", async ({ page }) => {
    const user = newUser();
    await signUp(page, user);
    const { workspaceId } = workspaceOf(database(), user.email);
    const steady = addSandboxConnection(workspaceId, "Sandbox A");
    addSandboxConnection(workspaceId, "Sandbox Busy", { failureRate: 1 });

    await page.goto("/chat");
    await column(page, 1)
      .getByRole("button", { name: /Model of Column 1/ })
      .click();
    const picker = page.getByRole("dialog", { name: "Model for Column 1" });
    await picker.getByRole("region", { name: "Sandbox A" }).getByRole("button", { name: BASE }).click();
    await page.getByRole("button", { name: "Add column" }).click();
    await column(page, 2)
      .getByRole("button", { name: /Model of Column 2/ })
      .click();
    const busy = page.getByRole("dialog", { name: "Model for Column 2" }).getByRole("region", { name: "Sandbox Busy" });
    await expect(busy).toContainText("limiting requests");
    await busy.getByRole("button", { name: BASE }).click();

    await send(page, "Wie laut ist der T-1000?");
    await expect(column(page, 2).getByRole("alert")).toContainText("limiting requests right now (429)");
    await expect(column(page, 1).getByTestId("answer-metrics")).toBeVisible();
    await expect(column(page, 1).getByRole("alert")).toHaveCount(0);

    // Stop ends one column's answer; regenerate asks again. The Sandbox keeps the answer open until it is
    // stopped, so Stop always meets an answer still streaming.
    holdSandboxStreams(database(), steady.connectionId, true);
    await send(page, "Und wie lange hält der Akku?");
    // exact: the model button's name includes its retirement warning ("Stops working on …")
    await column(page, 1).getByRole("button", { name: "Stop", exact: true }).click();
    await expect(column(page, 1)).toContainText("Stopped.");
    holdSandboxStreams(database(), steady.connectionId, false);
    await column(page, 1).getByRole("button", { name: "Regenerate" }).click();
    await expect(column(page, 1).getByTestId("answer-metrics")).toHaveCount(2);

    // With sync off, a question goes to one column only.
    await page.getByLabel("One message to all columns").uncheck();
    await column(page, 1).getByLabel("Message to Column 1 only").fill("Nur an Spalte eins");
    await column(page, 1).getByRole("button", { name: "Send" }).click();
    await expect(column(page, 1).getByTestId("answer-metrics")).toHaveCount(3);
    await expect(column(page, 1)).toContainText("Nur an Spalte eins");
    await expect(column(page, 2)).not.toContainText("Nur an Spalte eins");
  });

  test("HTML in an answer shows as text and never runs, images as links; a version's held-out example brings its expected answer", async ({
    page,
  }) => {
    const user = newUser();
    await signUp(page, user);
    const { workspaceId } = workspaceOf(database(), user.email);
    const { connectionId, client } = addSandboxConnection(workspaceId, "Sandbox A");
    const hostile =
      '<script>window.__pwned = 1</script> Hallo <img src="x" onerror="window.__pwned = 2">\n\nSiehe ![Diagramm](https://tracker.example/pixel.png)\n\n```python\nprint("Hallo")\n```';
    const jsonl = `${Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: "user", content: index === 0 ? "Zeig mir HTML bitte" : `Frage Nummer ${index} zum Wetter?` },
          { role: "assistant", content: index === 0 ? hostile : `Antwort ${index}.` },
        ],
      }),
    ).join("\n")}\n`;
    const tuned = await trainedModel(workspaceId, client, jsonl);
    const { versionId } = seedJob({ workspaceId, connectionId, fineTunedModel: tuned });

    const dialogs: string[] = [];
    page.on("dialog", (dialog) => dialogs.push(dialog.message()));
    await page.goto(`/chat?version=${versionId}`);
    await page.getByLabel("Held-out example from T-1000 v1").selectOption({ label: "Line 3: Was heißt Fehler E3?" });
    await expect(page.getByTestId("expected-answer")).toContainText(closeQuestion.answer);
    await expect(page.getByLabel("Your message to every column")).toHaveValue("Was heißt Fehler E3?");

    await expect(column(page, 2).getByRole("button", { name: /Model of Column 2/ })).toContainText(tuned);
    await send(page, "Zeig mir HTML bitte");
    const answer = column(page, 2).getByTestId("answer");
    await expect(answer).toContainText("<script>window.__pwned = 1</script>");
    await expect(answer).toContainText('<img src="x" onerror="window.__pwned = 2">');
    await expect(answer.locator("script, img")).toHaveCount(0);
    // A Markdown image is a link to it, never fetched.
    await expect(answer.getByRole("link", { name: "Diagramm" })).toHaveAttribute(
      "href",
      "https://tracker.example/pixel.png",
    );
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // Markdown and its highlighting load with the first answer.
    await expect(answer.locator("pre code.hljs.language-python .hljs-string")).toHaveText('"Hallo"');

    // So does the code dialog, when it is opened.
    await column(page, 2).getByRole("button", { name: "Code for Column 2" }).click();
    await expect(page.getByRole("dialog", { name: "Code for Column 2" })).toContainText(tuned);
    await page.keyboard.press("Escape");

    await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
    const saved = page.url();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete conversation" }).click();
    await expect(page).toHaveURL(/\/chat$/);
    expect((await page.goto(saved))?.status()).toBe(404);
  });
});
