/**
 * Portability: a job's recipe trained again on another connection, and a workspace exported from this server
 * and imported into a second installation with a database of its own.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { expect, test } from "@playwright/test";
import { ZipFile } from "yazl";
import { encryptSecret } from "../lib/crypto.ts";
import { startServer } from "../scripts/bench/server";
import { seedJobs, workspaceOf } from "../scripts/test/seed-jobs";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { datasetWithVersion } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

const DATA_DIR = path.resolve(import.meta.dirname, "../.e2e-data");
/** Beside this run's own server, so runs on other ports do not meet here. */
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 111;
const FINE_TUNED = "ft:gpt-4o-mini-2024-07-18:acme:helpdesk:Pt01Ab23";
const TEAMMATE = "Katherine Johnson";

function query<Row>(dataDir: string, sql: string, ...params: unknown[]): Row[] {
  const db = openDatabase(path.join(dataDir, "app.db"));
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
}

/** A second Sandbox connection in the workspace, with a token sealed under this server's secret. */
function addSandboxConnection(workspaceId: string, name: string) {
  const secret = fs.readFileSync(path.join(DATA_DIR, "secret.key"), "utf8").trim();
  const token = `sbx-${randomBytes(24).toString("base64url")}`;
  const id = `conn-${randomBytes(8).toString("hex")}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const db = openDatabase(path.join(DATA_DIR, "app.db"));
  try {
    db.prepare(
      `INSERT INTO "connection" ("id", "workspaceId", "kind", "name", "apiKeyEncrypted", "sandboxTokenHash",
        "sandboxJobSeconds", "createdAt", "updatedAt") VALUES (?, ?, 'sandbox', ?, ?, ?, 5, ?, ?)`,
    ).run(
      id,
      workspaceId,
      name,
      encryptSecret(token, secret),
      createHash("sha256").update(token).digest("hex"),
      now,
      now,
    );
  } finally {
    db.close();
  }
  return id;
}

/** An archive whose checksums are right but which holds an entry no export writes. */
async function craftedArchive(file: string) {
  const notes = Buffer.from("Not part of any workspace.");
  const manifest = {
    format: "finetune-playground-workspace",
    formatVersion: 2,
    appVersion: "0.0.0",
    exportedAt: new Date().toISOString(),
    workspace: { name: "Crafted" },
    counts: { datasets: 0, versions: 0, examples: 0, jobs: 0, conversations: 0 },
    entries: { "notes.txt": createHash("sha256").update(notes).digest("hex") },
  };
  const zip = new ZipFile();
  zip.addBuffer(notes, "notes.txt");
  zip.addBuffer(Buffer.from(JSON.stringify(manifest)), "manifest.json");
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}

type JobRow = {
  id: string;
  connectionId: string | null;
  trainingVersionId: string | null;
  validationVersionId: string | null;
  method: string;
  baseModel: string;
  suffix: string | null;
  seed: number | null;
  hyperparameters: string;
  requestedHyperparameters: string | null;
};

test("train again elsewhere: the same recipe on another Sandbox connection, with its cost, in one step", async ({
  page,
}) => {
  // Two jobs started through the pages, from a dataset imported and frozen through them.
  test.setTimeout(120_000);
  const user = newUser("Ada Lovelace");
  await signUp(page, user);
  const { workspaceId } = workspaceOf(openDatabase(path.join(DATA_DIR, "app.db")), user.email);
  await datasetWithVersion(page, "Helpdesk");
  await page.getByRole("link", { name: "Train on v1" }).click();
  await page.getByLabel("Suffix").fill("helpdesk");
  await page.getByLabel("Seed").fill("1234");
  await page.getByRole("button", { name: "Review" }).click();
  await page.getByRole("dialog", { name: "Review and start" }).getByRole("button", { name: "Start training" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/, { timeout: 30_000 });
  const firstId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  const targetId = addSandboxConnection(workspaceId, "Sandbox B");

  await page.getByRole("button", { name: "Train again elsewhere" }).click();
  const dialog = page.getByRole("dialog", { name: "Train again elsewhere" });
  await dialog.getByLabel("Train on").selectOption({ label: "Sandbox B (sandbox)" });
  await dialog.getByRole("button", { name: "Review cost" }).click();
  await expect(dialog.getByTestId("elsewhere-epochs")).toHaveText("9");
  await expect(dialog.getByTestId("elsewhere-cost")).toHaveText(/^\$\d+\.\d{2}$|^under/);
  await expect(dialog).toContainText("Helpdesk v1");
  await dialog.getByRole("button", { name: "Start training" }).click();
  await expect(page).toHaveURL((url) => /\/jobs\/\w+$/.test(url.pathname) && !url.pathname.endsWith(firstId), {
    timeout: 30_000,
  });
  const secondId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  const [first, second] = [firstId, secondId].map(
    (id) => query<JobRow>(DATA_DIR, `SELECT * FROM "job" WHERE "id" = ?`, id)[0],
  );
  expect(second?.connectionId).toBe(targetId);
  expect(second).toMatchObject({
    trainingVersionId: first?.trainingVersionId,
    validationVersionId: first?.validationVersionId,
    method: first?.method,
    baseModel: first?.baseModel,
    suffix: "helpdesk",
    seed: 1234,
  });
  // What the first job resolved is what the second asked for: no "auto" left.
  const resolved = JSON.parse(first?.hyperparameters ?? "{}");
  expect(JSON.parse(second?.requestedHyperparameters ?? "{}")).toEqual(resolved);
  expect(Object.values(resolved).every((value) => typeof value === "number")).toBe(true);
});

test("export a workspace and import it into a fresh installation: datasets, jobs with metrics, conversations", async ({
  page,
  browser,
}) => {
  // Starts a second installation and imports archives into it through the pages: long work.
  test.setTimeout(600_000);
  const user = newUser("Grace Hopper");
  await signUp(page, user);
  const { workspaceId } = workspaceOf(openDatabase(path.join(DATA_DIR, "app.db")), user.email);
  await datasetWithVersion(page, "Support answers");
  const [version] = query<{ id: string }>(
    DATA_DIR,
    `SELECT "id" FROM "dataset_version" WHERE "workspaceId" = ?`,
    workspaceId,
  );
  const db = openDatabase(path.join(DATA_DIR, "app.db"));
  // A teammate who never signs up where the archive goes: the job and the conversation are hers.
  const now = new Date().toISOString().replace("Z", "+00:00");
  const teammateId = `user-${randomBytes(8).toString("hex")}`;
  db.prepare(`INSERT INTO "user" ("id", "name", "email", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`).run(
    teammateId,
    TEAMMATE,
    `katherine-${randomBytes(6).toString("hex")}@example.com`,
    now,
    now,
  );
  db.prepare(
    `INSERT INTO "member" ("id", "workspaceId", "userId", "role", "createdAt") VALUES (?, ?, ?, 'editor', ?)`,
  ).run(`member-${randomBytes(8).toString("hex")}`, workspaceId, teammateId, now);
  seedJobs(db, {
    workspaceId,
    jobs: [
      {
        status: "succeeded",
        startedById: teammateId,
        suffix: "helpdesk",
        fineTunedModel: FINE_TUNED,
        trainingVersionId: version?.id ?? null,
        steps: 80,
        epochs: 2,
        checkpoints: [40, 80],
      },
    ],
  });
  const state = {
    columns: [
      {
        id: "c1",
        model: { connectionId: "gone", connectionName: "Sandbox", model: FINE_TUNED, kind: "fine_tuned" },
        params: { systemPrompt: "Be brief.", temperature: null, topP: null, maxTokens: null, seed: null },
        turns: [
          { role: "user", content: "Where is my parcel?" },
          { role: "assistant", content: "On its way.", metrics: null, rating: "better", error: null, stopped: false },
        ],
      },
    ],
    sync: true,
    sharedParams: false,
    expected: null,
  };
  db.prepare(
    `INSERT INTO "chat_conversation" ("id", "workspaceId", "title", "state", "createdById", "createdByName",
      "createdAt", "updatedAt") VALUES (?, ?, 'Parcel questions', ?, ?, ?, ?, ?)`,
  ).run(`conv-${randomBytes(6).toString("hex")}`, workspaceId, JSON.stringify(state), teammateId, TEAMMATE, now, now);
  db.close();

  await page.goto("/settings");
  await expect(page.getByText("1 dataset, 1 version, 11 examples, 1 job, 1 conversation")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download archive" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^finetune-playground-.*\.zip$/);
  const archive = path.join(os.tmpdir(), `ftp-e2e-${randomBytes(4).toString("hex")}.zip`);
  await download.saveAs(archive);
  const crafted = `${archive}.crafted.zip`;

  const secondDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-portability-"));
  const second = await startServer({ port: SECOND_PORT, dataDir: secondDir });
  const context = await browser.newContext({ baseURL: second.url });
  try {
    const other = await context.newPage();
    // The same person in the other installation, matched by e-mail; the teammate has no account there.
    await signUp(other, { ...user });
    await other.goto("/settings");
    // An archive with an entry no export writes is refused, naming it, and leaves the workspace as it was.
    await craftedArchive(crafted);
    await other.getByLabel("Choose archive…").setInputFiles(crafted);
    await expect(
      other.getByText("This archive is not valid: notes.txt: not part of a workspace archive. Nothing was imported."),
    ).toBeVisible({ timeout: 60_000 });
    await other.getByLabel("Choose archive…").setInputFiles(archive);
    await expect(other.getByText("Imported 1 dataset, 1 version, 1 job and 1 conversation.")).toBeVisible({
      timeout: 60_000,
    });

    await other.goto("/datasets");
    await expect(other.getByRole("row", { name: /Support answers/ })).toContainText("Grace Hopper");
    await other.getByRole("link", { name: "Support answers" }).click();
    await expect(other.getByText("frozen by Grace Hopper")).toBeVisible();
    await other.goto("/jobs");
    await expect(other.getByTestId("job-row")).toHaveCount(1);
    await expect(other.getByTestId("job-row")).toContainText(FINE_TUNED);
    await expect(other.getByTestId("job-row")).toContainText(TEAMMATE);
    await other.getByLabel("Started by").selectOption({ label: `${TEAMMATE} (1)` });
    await expect(other).toHaveURL(/person=name%3AKatherine/);
    await expect(other.getByTestId("job-row")).toHaveCount(1);
    await other.getByTestId("job-row").getByRole("link", { name: FINE_TUNED }).click();
    await expect(other.getByRole("heading", { name: FINE_TUNED })).toBeVisible();
    await expect(other.getByText(TEAMMATE, { exact: true })).toBeVisible();

    const count = (dir: string, table: string, where = "") =>
      query<{ n: number }>(dir, `SELECT COUNT(*) AS n FROM "${table}" ${where}`)[0]?.n;
    const jobsOf = (ws: string) => `WHERE "jobId" IN (SELECT "id" FROM "job" WHERE "workspaceId" = '${ws}')`;
    const [imported] = query<{ workspaceId: string }>(secondDir, `SELECT "workspaceId" FROM "job"`);
    const importedWs = imported?.workspaceId ?? "";
    for (const table of ["job_metric", "job_event", "job_checkpoint"]) {
      expect(count(secondDir, table, jobsOf(importedWs))).toBe(count(DATA_DIR, table, jobsOf(workspaceId)));
    }
    const bytes = (dir: string, ws: string) =>
      query<{ jsonl: string; contentHash: string }>(
        dir,
        `SELECT "jsonl", "contentHash" FROM "dataset_version" WHERE "workspaceId" = ?`,
        ws,
      );
    expect(bytes(secondDir, importedWs)).toEqual(bytes(DATA_DIR, workspaceId));
    const conversations = query<{ title: string; state: string }>(
      secondDir,
      `SELECT "title", "state" FROM "chat_conversation" WHERE "workspaceId" = ?`,
      importedWs,
    );
    expect(conversations.map((row) => row.title)).toEqual(["Parcel questions"]);
    expect(conversations[0]?.state).toContain("On its way.");

    // A second import into the now filled workspace is refused and changes nothing.
    await other.goto("/settings");
    await expect(other.getByText("This workspace already has datasets, jobs or conversations")).toBeVisible();
  } finally {
    await context.close();
    await second.stop();
    fs.rmSync(secondDir, { recursive: true, force: true });
    fs.rmSync(archive, { force: true });
    fs.rmSync(crafted, { force: true });
  }
});
