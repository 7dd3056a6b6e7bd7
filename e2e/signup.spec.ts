/**
 * Who may sign up, on a second installation with the default settings (the suite's shared server runs with
 * SIGNUP=open, since every spec signs people up): the first account signs up freely and becomes installation
 * admin; after it, only people with an invitation link get in, whichever way they send the request.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { startServer } from "../scripts/bench/server";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { newUser } from "./fixtures";

/** Beside this run's own server (and portability's second one, at +111), so runs on other ports do not meet. */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 112;
const INVITE_ONLY = "Sign-up on this installation is by invitation only: ask a workspace admin for an invitation link.";

type User = ReturnType<typeof newUser>;

async function fillSignUp(page: Page, user: User) {
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

function accountsNamed(dataDir: string, email: string): { installationAdmin: number }[] {
  const db = openDatabase(path.join(dataDir, "app.db"));
  try {
    return db.prepare(`SELECT "installationAdmin" FROM "user" WHERE "email" = ?`).all(email) as {
      installationAdmin: number;
    }[];
  } finally {
    db.close();
  }
}

async function visitor(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test("the first account becomes installation admin; after it, sign-up needs an invitation link", async ({
  browser,
}) => {
  // Starts a server of its own with the default sign-up rules and signs up several people there.
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-signup-"));
  // The defaults: no SIGNUP, whatever the environment of this run says.
  const server = await startServer({ port: PORT, dataDir, env: { SIGNUP: undefined } });
  const contexts: Awaited<ReturnType<typeof visitor>>["context"][] = [];
  try {
    // The first visitor of the new installation signs up and becomes its installation admin.
    const admin = newUser("Ines Installer");
    const first = await visitor(browser, server.url);
    contexts.push(first.context);
    await first.page.goto("/sign-in");
    await first.page.getByRole("link", { name: "Create one" }).click();
    await fillSignUp(first.page, admin);
    await expect(first.page).toHaveURL(`${server.url}/`, { timeout: 30_000 });
    expect(accountsNamed(dataDir, admin.email)).toEqual([{ installationAdmin: 1 }]);
    await first.page.goto("/settings");
    const installation = first.page.getByTestId("installation-settings");
    await expect(installation.getByRole("heading", { name: "Installation" })).toBeVisible();
    await expect(installation.getByLabel("Who may sign up")).toHaveValue("invite");
    await expect(installation.getByLabel("Who may sign up")).toBeEnabled();

    // A second visitor without an invitation is told why there is no sign-up, on both pages.
    const stranger = await visitor(browser, server.url);
    contexts.push(stranger.context);
    await stranger.page.goto("/sign-in");
    await expect(stranger.page.getByTestId("signup-notice")).toHaveText(INVITE_ONLY);
    await expect(stranger.page.getByRole("link", { name: "Create one" })).toHaveCount(0);
    await stranger.page.goto("/sign-up");
    await expect(stranger.page.getByTestId("signup-refused")).toHaveText(INVITE_ONLY);
    await expect(stranger.page.getByRole("button", { name: "Create account" })).toHaveCount(0);
    // better-auth's own HTTP API is not served at all.
    const direct = await stranger.page.request.post("/api/auth/sign-up/email", {
      data: { name: "Mallory", email: "mallory@example.com", password: "correct horse battery" },
    });
    expect(direct.status()).toBe(404);

    // With an invitation link, the sign-up works and leads to the workspace.
    await first.page.goto("/members");
    await first.page.getByRole("button", { name: "Create invitation link" }).click();
    const link = await first.page.getByTestId("invitation-link").inputValue();
    const teammate = newUser("Tom Teammate");
    const invited = await visitor(browser, server.url);
    contexts.push(invited.context);
    await invited.page.goto(link);
    await invited.page.getByRole("link", { name: "Create account" }).click();
    const signUpRequest = invited.page.waitForRequest((request) => Boolean(request.headers()["next-action"]));
    await fillSignUp(invited.page, teammate);
    const sent = await signUpRequest;
    await expect(invited.page).toHaveURL(/\/invite\//, { timeout: 30_000 });
    await invited.page.getByRole("button", { name: "Join workspace" }).click();
    await expect(invited.page).toHaveURL(`${server.url}/`, { timeout: 30_000 });
    expect(accountsNamed(dataDir, teammate.email)).toEqual([{ installationAdmin: 0 }]);
    await invited.page.goto("/settings");
    await expect(invited.page.getByRole("heading", { name: "Account" })).toBeVisible();
    await expect(invited.page.getByTestId("installation-settings")).toHaveCount(0);

    // The same sign-up request, sent by hand without the invitation, is refused by the server.
    const mallory = newUser("Mallory");
    const replay = await stranger.page.request.post(sent.url(), {
      headers: {
        "next-action": sent.headers()["next-action"] ?? "",
        "content-type": sent.headers()["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: server.url,
      },
      data: JSON.stringify([{ name: mallory.name, email: mallory.email, password: mallory.password }]),
    });
    expect(await replay.text()).toContain("signup.inviteOnly");
    expect(accountsNamed(dataDir, mallory.email)).toEqual([]);

    // Used, the link passed on makes no further account.
    await stranger.page.goto(link);
    await expect(stranger.page.getByRole("link", { name: "Create account" })).toHaveCount(0);
    await stranger.page.goto("/sign-up");
    await expect(stranger.page.getByTestId("signup-refused")).toHaveText(INVITE_ONLY);
  } finally {
    for (const context of contexts) await context.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
