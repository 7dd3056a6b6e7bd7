import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

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

export async function signIn(page: Page, user: Pick<User, "email" | "password">, lang: keyof typeof labels = "en") {
  const l = labels[lang];
  await page.goto("/sign-in");
  await page.getByLabel(l.email).fill(user.email);
  await page.getByLabel(l.password).fill(user.password);
  await page.getByRole("button", { name: l.signIn, exact: true }).click();
}
