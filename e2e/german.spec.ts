import { expect, test } from "@playwright/test";
import { newUser, signIn, signUp } from "./fixtures";

test.use({ locale: "de-DE" });

test("the browser's German picks German labels for the whole flow", async ({ page }) => {
  const user = newUser("Karl Weber");
  await signUp(page, user, "de");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Willkommen in");
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Datensätze" })).toBeVisible();
  await nav.getByRole("link", { name: "Verbindungen" }).click();

  await page.getByRole("button", { name: "Verbindung hinzufügen" }).click();
  const dialog = page.getByRole("dialog", { name: "Verbindung hinzufügen" });
  await dialog.getByLabel("API-Schlüssel").fill("sk-falscher-schluessel-1234");
  await dialog.getByLabel("Basis-URL (optional)").fill("nicht eine url");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog.getByLabel("Basis-URL (optional)")).toHaveAccessibleDescription(/vollständige Adresse/);
  await dialog.getByLabel("Basis-URL (optional)").fill("");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: /^OpenAI/ })).toContainText("Schlüssel endet auf ••••1234");

  await page.getByRole("button", { name: "Kontomenü" }).click();
  await page.getByRole("menuitem", { name: "Abmelden" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await signIn(page, user, "de");
  await expect(page).toHaveURL("/");
});

test("the language switch in the user menu changes the language", async ({ page }) => {
  await signUp(page, newUser(), "de");
  await page.getByRole("button", { name: "Kontomenü" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Connections" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
});
