import path from "node:path";
import { expect, test } from "@playwright/test";
import { addMember } from "../scripts/test/add-member";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { datasetWithVersion } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

test("owner invites a viewer, promotes them to editor, the editor trains, and the audit log tells it", async ({
  page: ownerPage,
  browser,
}) => {
  // Two accounts, an invitation, a dataset frozen through the pages and a training started by the teammate.
  test.setTimeout(180_000);
  const owner = newUser("Olivia Owner");
  const teammate = newUser("Victor Teammate");
  await signUp(ownerPage, owner);
  const versionId = await datasetWithVersion(ownerPage, "Support team");

  // Invite by link, as viewer.
  await ownerPage.goto("/members");
  await ownerPage.getByLabel("Role", { exact: true }).selectOption("viewer");
  await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
  const link = await ownerPage.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(ownerPage.getByTestId("pending-invitations")).toContainText("Viewer");

  // The teammate opens the link signed out, creates an account and comes back to accept it.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByText("Sign in or create an account to accept this invitation.")).toBeVisible();
  await page.getByRole("link", { name: "Create account" }).click();
  await page.getByLabel("Name").fill(teammate.name);
  await page.getByLabel("Email").fill(teammate.email);
  await page.getByLabel("Password").fill(teammate.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/invite\//, { timeout: 30_000 });
  await page.getByRole("button", { name: "Join workspace" }).click();
  await expect(page).toHaveURL("/", { timeout: 30_000 });
  await expect(page.getByTestId("workspace-switcher")).toBeVisible();

  // As viewer: sees the team's datasets, may chat, may not train or see connection details.
  await page.goto("/datasets");
  await expect(page.getByRole("link", { name: "Support team" })).toBeVisible();
  await page.goto("/jobs");
  const newJob = page.getByRole("button", { name: "New job" });
  await expect(newJob).toBeDisabled();
  await expect(page.locator("[data-denied]").first()).toHaveAttribute("title", /Viewers can't start jobs/);
  await page.goto(`/jobs/new?version=${versionId}`);
  await expect(page.getByText("Viewers can't start jobs — ask an admin to make you an editor.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Review" })).toHaveCount(0);
  const upload = await page.request.post("/jobs/new/files", { data: "{}" });
  expect(upload.status()).toBe(403);
  expect((await page.request.get("/api/chat/models")).status()).toBe(200);
  await page.goto("/connections");
  await expect(page.getByTestId("connection-names")).toContainText("Sandbox");
  await expect(page.getByTestId("masked-key")).toHaveCount(0);
  await expect(page.getByTestId("sandbox-settings")).toHaveCount(0);
  await page.goto("/audit");
  await expect(page).toHaveURL("/");

  // The owner promotes the viewer to editor.
  await ownerPage.reload();
  await ownerPage.getByLabel(`Role of ${teammate.name}`).selectOption("editor");
  await expect(ownerPage.getByLabel(`Role of ${teammate.name}`)).toHaveValue("editor");

  // The editor starts a job.
  await page.goto(`/jobs/new?version=${versionId}`);
  await page.getByRole("button", { name: "Review" }).click();
  await page.getByRole("dialog", { name: "Review and start" }).getByRole("button", { name: "Start training" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)\w+$/, { timeout: 30_000 });
  const jobPath = new URL(page.url()).pathname;

  // The owner sees it, with the editor as author.
  await ownerPage.goto(jobPath);
  await expect(ownerPage.getByText(teammate.name).first()).toBeVisible();

  // The audit log lists the steps, and filters by person.
  await ownerPage.goto("/audit");
  const table = ownerPage.getByTestId("audit-table");
  for (const action of [
    "member.invited",
    "member.joined",
    "member.role_changed",
    "job.started",
    "dataset.version_frozen",
  ])
    await expect(table.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
  await ownerPage.getByLabel("Person").selectOption({ label: teammate.name });
  await ownerPage.getByRole("button", { name: "Filter" }).click();
  await expect(table.locator('tr[data-action="job.started"]')).toHaveCount(1);
  await expect(table.locator('tr[data-action="member.invited"]')).toHaveCount(0);
  const csv = await ownerPage.request.get(`/audit/export${new URL(ownerPage.url()).search}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("job.started");

  // Security headers: a nonce-based CSP that forbids framing.
  const response = await ownerPage.request.get("/members");
  expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await context.close();
});

test("an admin manages members but not owners, and is told why", async ({ page }) => {
  const owner = newUser("Olivia Owner");
  const admin = newUser("Alan Admin");
  const editor = newUser("Edith Editor");
  // The admin signs up last and stays signed in.
  for (const user of [owner, editor, admin]) {
    await page.context().clearCookies();
    await signUp(page, user);
  }
  const db = openDatabase(path.resolve(import.meta.dirname, "../.e2e-data/app.db"));
  addMember(db, { memberEmail: editor.email, ownerEmail: owner.email, role: "editor" });
  addMember(db, { memberEmail: admin.email, ownerEmail: owner.email, role: "admin" });

  await page.goto("/members");
  await expect(page.getByLabel(`Role of ${editor.name}`)).toBeEnabled();
  await expect(page.getByTestId(`member-${editor.email}`).getByRole("button", { name: "Remove" })).toBeEnabled();
  const ownerRow = page.getByTestId(`member-${owner.email}`);
  await expect(ownerRow.getByLabel(`Role of ${owner.name}`)).toHaveCount(0);
  await expect(ownerRow.getByText("Owner", { exact: true })).toHaveAttribute("title", "Only owners manage owners.");
  await expect(ownerRow.getByRole("button", { name: "Remove" })).toBeDisabled();
  await expect(ownerRow.locator("[data-denied]")).toHaveAttribute("title", "Only owners manage owners.");
});
