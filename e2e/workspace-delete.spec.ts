/**
 * Deleting a workspace: only its owner may (an admin sees why not), the dialog says what goes and asks for the
 * name, and afterwards every member works on in another workspace of theirs with none of the deleted data.
 */
import path from "node:path";
import { expect, test } from "@playwright/test";
import { addMember } from "../scripts/test/add-member";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { fixed } from "./datasets/files";
import { datasetWithVersion } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

const DATABASE_FILE = path.resolve(import.meta.dirname, "../.e2e-data/app.db");

function workspaceExists(workspaceId: string): boolean {
  const db = openDatabase(DATABASE_FILE);
  try {
    return db.prepare(`SELECT 1 FROM "workspace" WHERE "id" = ?`).get(workspaceId) !== undefined;
  } finally {
    db.close();
  }
}

test("only the owner deletes the workspace, after typing its name; members land in a workspace of their own", async ({
  page: ownerPage,
  browser,
}) => {
  // Three accounts and a dataset frozen through the pages before the workspace goes.
  test.setTimeout(180_000);
  const owner = newUser("Olivia Owner");
  const admin = newUser("Adam Admin");
  await signUp(ownerPage, owner);
  const versionId = await datasetWithVersion(ownerPage, "Doomed answers");
  const datasetUrl = ownerPage.url();

  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signUp(adminPage, admin);
  const db = openDatabase(DATABASE_FILE);
  const { workspaceId } = addMember(db, { memberEmail: admin.email, ownerEmail: owner.email, role: "admin" });
  db.close();

  await test.step("the owner starts a second workspace and switches back", async () => {
    await ownerPage.getByRole("button", { name: "New workspace" }).click();
    const dialog = ownerPage.getByRole("dialog", { name: "New workspace" });
    await dialog.getByRole("button", { name: "Create" }).click();
    await expect(dialog.getByText("This field is required.")).toBeVisible();
    await dialog.getByLabel("Name").fill("Backup team");
    await dialog.getByRole("button", { name: "Create" }).click();
    await expect(dialog).toBeHidden();
    await expect(ownerPage.getByTestId("workspace-name")).toHaveText("Backup team");
    await ownerPage.goto("/connections");
    await expect(ownerPage.getByTestId("connection-card")).toContainText("Sandbox");
    await ownerPage.getByTestId("workspace-switcher").selectOption({ label: "Olivia Owner’s workspace" });
    await expect(ownerPage.getByTestId("workspace-name")).toHaveText("Olivia Owner’s workspace");
  });

  await test.step("an admin sees the button disabled, with the reason", async () => {
    await adminPage.goto("/settings");
    await expect(adminPage.getByTestId("workspace-name")).toHaveText("Olivia Owner’s workspace");
    await expect(adminPage.getByRole("button", { name: "Delete workspace…" })).toBeDisabled();
    await expect(adminPage.locator("[data-denied]", { hasText: "Delete workspace…" })).toHaveAttribute(
      "title",
      "Only owners can delete the workspace.",
    );
  });

  await test.step("the owner is told what goes and must type the name", async () => {
    await ownerPage.goto("/settings");
    await ownerPage.getByRole("button", { name: "Delete workspace…" }).click();
    const dialog = ownerPage.getByRole("dialog", { name: "Delete “Olivia Owner’s workspace”?" });
    await expect(dialog).toContainText("Its 2 members lose access at once.");
    await expect(dialog).toContainText(`1 dataset, 1 version, ${fixed.length} examples`);
    const confirm = dialog.getByRole("button", { name: "Delete workspace" });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel("Type “Olivia Owner’s workspace” to confirm").fill("Olivia Owner");
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    expect(workspaceExists(workspaceId)).toBe(true);
  });

  await test.step("confirmed, it is gone and the owner works on in their other workspace", async () => {
    await ownerPage.getByRole("button", { name: "Delete workspace…" }).click();
    const dialog = ownerPage.getByRole("dialog");
    await dialog.getByLabel("Type “Olivia Owner’s workspace” to confirm").fill("Olivia Owner’s workspace");
    await dialog.getByRole("button", { name: "Delete workspace" }).click();
    await expect(ownerPage).toHaveURL("/", { timeout: 30_000 });
    expect(workspaceExists(workspaceId)).toBe(false);
    await expect(ownerPage.getByTestId("workspace-name")).toHaveText("Backup team");
    await expect(ownerPage.getByTestId("workspace-switcher")).toHaveCount(0);
    await ownerPage.goto("/datasets");
    await expect(ownerPage.getByRole("link", { name: "Doomed answers" })).toHaveCount(0);
    const gone = await ownerPage.goto(datasetUrl);
    expect(gone?.status()).toBe(404);
    expect((await ownerPage.request.get(`/api/versions/${versionId}/export?part=training`)).status()).toBe(404);
  });

  await test.step("the admin works on in their own workspace", async () => {
    await adminPage.goto("/datasets");
    await expect(adminPage.getByTestId("workspace-name")).toHaveText("Adam Admin’s workspace");
    await expect(adminPage.getByRole("link", { name: "Doomed answers" })).toHaveCount(0);
  });
  await context.close();
});
