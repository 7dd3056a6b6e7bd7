import { expect, test } from "@playwright/test";
import { newUser, signUp } from "./fixtures";

test.use({ viewport: { width: 390, height: 800 } });

test("on a phone the navigation is a drawer that keeps focus and closes with Escape", async ({ page }) => {
  await signUp(page, newUser());
  const open = page.getByRole("button", { name: "Open navigation" });
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();

  await open.click();
  const drawer = page.getByRole("dialog", { name: "Main navigation" });
  await expect(drawer.getByRole("link", { name: "Connections" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await drawer.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL("/settings");
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
});
