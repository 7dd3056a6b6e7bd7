/**
 * A viewer reads everything and changes nothing: each control the server would refuse is disabled, with the
 * reason on hover, on focus and for screen readers. The owner beside them has the same controls enabled.
 */
import path from "node:path";
import { expect, type Locator, test } from "@playwright/test";
import { addMember } from "../scripts/test/add-member";
import { seedJobs, workspaceOf } from "../scripts/test/seed-jobs";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { fixed } from "./datasets/files";
import { datasetWithVersion } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

const database = () => openDatabase(path.resolve(import.meta.dirname, "../.e2e-data/app.db"));
const BASE = "gpt-4o-mini-2024-07-18";
const CANNOT_EDIT = "Viewers can't change datasets — ask an admin to make you an editor.";
const CANNOT_START = "Viewers can't start jobs — ask an admin to make you an editor.";
const CANNOT_CONTROL = "Viewers can't stop, resume or deploy jobs — ask an admin to make you an editor.";
const withEmail = {
  messages: [
    { role: "user", content: "Meine Mail ist max@example.com – wann kommt meine Bestellung?" },
    { role: "assistant", content: "Sie kommt in zwei Tagen." },
  ],
};

/** The control is disabled, and its wrapper gives the reason as a tooltip and as text for screen readers. */
async function expectDenied(control: Locator, reason: string) {
  await expect(control).toBeDisabled();
  const hint = control.locator("xpath=ancestor::*[@data-denied][1]");
  await expect(hint).toHaveAttribute("title", reason);
  await expect(hint.locator(":scope > .sr-only")).toHaveText(reason);
}

test("a viewer reads and searches a dataset, downloads its version and chats, but every change is disabled with the reason", async ({
  page: ownerPage,
  browser,
}) => {
  // Two accounts, a dataset frozen through the pages, and every page a viewer reads, chat included.
  test.setTimeout(180_000);
  const owner = newUser("Olivia Owner");
  await signUp(ownerPage, owner);
  await datasetWithVersion(ownerPage, "Support answers", [...fixed, withEmail]);
  const datasetPath = new URL(ownerPage.url()).pathname;
  const db = database();
  const [jobId] = seedJobs(db, {
    workspaceId: workspaceOf(db, owner.email).workspaceId,
    jobs: [{ connectionKind: "azure", connectionName: "Azure", fineTunedModel: `ft:${BASE}:acme:support:Zz11Yy22` }],
  });

  // The owner's controls are enabled: what the viewer sees below is their role, not the page.
  await expect(ownerPage.getByRole("button", { name: "Add example" })).toBeEnabled();
  await expect(ownerPage.getByRole("button", { name: "Remove duplicates" })).toBeEnabled();
  await ownerPage.getByRole("option", { name: /^#1 / }).click();
  await expect(ownerPage.getByRole("group", { name: "Message 1" }).getByLabel("Content")).toBeEditable();
  await expect(ownerPage.locator("[data-denied]")).toHaveCount(0);
  await expect(ownerPage.getByTestId("read-only-note")).toHaveCount(0);
  await ownerPage.goto(`/jobs/${jobId}`);
  await expect(ownerPage.getByRole("link", { name: "Train again", exact: true })).toBeVisible();
  await expect(ownerPage.getByRole("button", { name: "Deploy on Azure" })).toBeEnabled();

  const context = await browser.newContext();
  const page = await context.newPage();
  const viewer = newUser("Victor Viewer");
  await signUp(page, viewer);
  addMember(db, { memberEmail: viewer.email, ownerEmail: owner.email, role: "viewer" });

  await test.step("the import takes no file", async () => {
    await page.goto(datasetPath);
    await expect(page.getByTestId("read-only-note")).toHaveText(CANNOT_EDIT);
    await expectDenied(page.locator("button", { hasText: "Choose file" }), CANNOT_EDIT);
    await expect(page.locator('input[type="file"]')).toBeDisabled();
  });

  await test.step("the example can be read, not changed", async () => {
    const message = page.getByRole("group", { name: "Message 2" });
    await expect(message.getByLabel("Content")).toHaveValue("Wie lange hält der Akku?");
    await expect(message.getByLabel("Content")).not.toBeEditable();
    await expect(message.getByLabel("Content")).toHaveAttribute("title", CANNOT_EDIT);
    await expectDenied(message.getByLabel("Role"), CANNOT_EDIT);
    await expect(message.getByRole("button", { name: "Remove message" })).toBeDisabled();
    await expect(message.getByRole("button", { name: "Move up" })).toBeDisabled();
    await expect(page.getByRole("group", { name: "Message 3" }).getByLabel("Train on this answer")).toBeDisabled();
    for (const name of ["Add message", "Undo", "Add example", "Delete example", "System prompt for all"])
      await expectDenied(page.getByRole("button", { name, exact: true }), CANNOT_EDIT);
    await expectDenied(page.getByRole("button", { name: "Remove duplicates" }), CANNOT_EDIT);
    await expect(page.getByTestId("save-status")).toHaveCount(0);
  });

  await test.step("search finds an example, shown as a form and as JSON, masking disabled", async () => {
    await page.getByRole("searchbox", { name: "Search examples" }).fill("max@example.com");
    const examples = page.getByRole("listbox", { name: "Examples" }).getByRole("option");
    await expect(examples).toHaveCount(1);
    await examples.filter({ hasText: "Meine Mail ist" }).click();
    await expect(page.getByRole("group", { name: "Message 1" }).getByLabel("Content")).toHaveValue(
      withEmail.messages[0]?.content ?? "",
    );
    await expectDenied(page.getByRole("button", { name: "Mask sensitive data" }), CANNOT_EDIT);
    await page.getByRole("tab", { name: "Raw JSON" }).click();
    const json = page.getByLabel("The example as JSON");
    await expect(json).toHaveValue(/max@example\.com/);
    await expect(json).not.toBeEditable();
  });

  await test.step("versions: freezing and training disabled, the download works", async () => {
    await expectDenied(page.getByRole("button", { name: "Freeze version" }), CANNOT_EDIT);
    await expect(page.getByLabel("Shuffle seed")).toBeDisabled();
    await expectDenied(page.getByRole("button", { name: "Train on v1" }), CANNOT_START);
    await expect(page.getByRole("link", { name: "Train on v1" })).toHaveCount(0);
    const download = page.getByRole("link", { name: "Download v1 (JSONL)" });
    const exported = await page.request.get((await download.getAttribute("href")) ?? "");
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain("Wie lange hält der Akku?");
  });

  await test.step("the server refuses what the page disables", async () => {
    const upload = await page.request.post(`/api${datasetPath}/import`, {
      headers: { "x-filename": "data.jsonl" },
      data: `${JSON.stringify(withEmail)}\n`,
    });
    expect(upload.status()).toBe(403);
  });

  await test.step("a job can be opened in the chat, not trained again or deployed", async () => {
    await page.goto(`/jobs/${jobId}`);
    await expect(page.getByRole("link", { name: "Open in chat" })).toBeVisible();
    await expectDenied(page.getByRole("button", { name: "Train again", exact: true }), CANNOT_START);
    await expectDenied(page.getByRole("button", { name: "Train again elsewhere" }), CANNOT_START);
    await expectDenied(page.getByRole("button", { name: "Deploy on Azure" }), CANNOT_CONTROL);
  });

  await test.step("the chat answers and rates, but adds nothing to a dataset", async () => {
    await page.goto("/chat");
    const column = page.getByTestId("chat-column-1");
    await column.getByRole("button", { name: /Model of Column 1/ }).click();
    await page
      .getByRole("dialog", { name: "Model for Column 1" })
      .getByRole("region", { name: "Sandbox" })
      .getByRole("button", { name: new RegExp(`^${BASE}`) })
      .click();
    await page.getByLabel("Your message to every column").fill("Wie laut ist der T-1000?");
    await page.getByRole("button", { name: "Send" }).last().click();
    await expect(column.getByTestId("answer-metrics")).toBeVisible({ timeout: 30_000 });
    await expect(column.getByRole("button", { name: "Better" })).toBeEnabled();
    await expectDenied(column.getByRole("button", { name: "Add to dataset" }), CANNOT_EDIT);
  });
  await context.close();
});
