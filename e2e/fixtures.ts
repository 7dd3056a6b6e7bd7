import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { openDatabase } from "../scripts/test/seed-sandbox";

export const PASSWORD = "correct horse battery";

/** Runs `work` on the test server's database (playwright.config.ts), for what a test seeds or reads there. */
export function withDatabase<T>(work: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(path.resolve(import.meta.dirname, "../.e2e-data/app.db"));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * Who is signed in in the page's browser context, and the workspace they work in (the one they switched to, else
 * their oldest membership, as the app picks it): for what a test seeds in their name.
 */
export async function signedIn(page: Page): Promise<{ userId: string; workspaceId: string }> {
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("session_token"));
  if (!session) throw new Error("No one is signed in in this browser context");
  const token = decodeURIComponent(session.value).split(".")[0];
  const chosen = cookies.find((cookie) => cookie.name === "ftp-workspace")?.value ?? "";
  return withDatabase((db) => {
    const row = db
      .prepare(
        `SELECT s."userId" AS userId, m."workspaceId" AS workspaceId FROM "session" s
         JOIN "member" m ON m."userId" = s."userId" WHERE s."token" = ?
         ORDER BY m."workspaceId" = ? DESC, m."createdAt" ASC LIMIT 1`,
      )
      .get(token, chosen) as { userId: string; workspaceId: string } | undefined;
    if (!row) throw new Error("The signed-in session has no workspace");
    return row;
  });
}

export function newUser(name = "Ada Lovelace") {
  return { name, email: `user-${randomUUID().slice(0, 8)}@example.com`, password: PASSWORD };
}

type User = ReturnType<typeof newUser>;

/** Labels the specs need in both languages. */
export const labels = {
  en: { name: "Name", email: "Email", password: "Password", signUp: "Create account", signIn: "Sign in" },
  de: { name: "Name", email: "E-Mail", password: "Passwort", signUp: "Konto erstellen", signIn: "Anmelden" },
} as const;

export async function signUp(page: Page, user: User, lang: keyof typeof labels = "en") {
  const l = labels[lang];
  await page.goto("/sign-up");
  await page.getByLabel(l.name).fill(user.name);
  await page.getByLabel(l.email).fill(user.email);
  await page.getByLabel(l.password).fill(user.password);
  await page.getByRole("button", { name: l.signUp }).click();
  // The first sign-ups meet a cold server (hashing, first compile of the action): give them time.
  await expect(page).toHaveURL("/", { timeout: 30_000 });
}

/**
 * Does what calls a server action (a click, a submit) and waits, within the test's own time, until the server
 * answers. What the action does (call a provider, create a job) takes what it takes on a busy machine; what the
 * page shows next then follows within the usual time of an expectation.
 */
export async function afterAction(page: Page, act: () => Promise<void>): Promise<void> {
  const answer = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined,
    { timeout: 0 },
  );
  await act();
  await answer;
}

export async function signIn(page: Page, user: Pick<User, "email" | "password">, lang: keyof typeof labels = "en") {
  const l = labels[lang];
  await page.goto("/sign-in");
  await page.getByLabel(l.email).fill(user.email);
  await page.getByLabel(l.password).fill(user.password);
  await page.getByRole("button", { name: l.signIn, exact: true }).click();
}
