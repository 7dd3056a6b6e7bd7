import { expect, test } from "@playwright/test";
import { newUser, signUp } from "./fixtures";

const MODEL = "gpt-4o-mini-2024-07-18";

test("an owner sets a model's training price, sees it dated after a reload, and resets it", async ({ page }) => {
  await signUp(page, newUser());
  await page.goto("/settings");
  const prices = page.getByRole("table", { name: "Prices" });
  await expect(prices.getByRole("row")).toHaveCount(5);
  await expect(page.getByRole("link", { name: "OpenAI’s pricing page" })).toHaveAttribute("href", /openai\.com/);

  const row = () => prices.getByRole("row", { name: new RegExp(MODEL) });
  const training = () => row().getByLabel(`Training, ${MODEL}`);
  await expect(training()).toHaveValue("3");
  await expect(row().getByTestId("price-as-of")).toContainText("List price");
  await expect(row().getByRole("button", { name: "Reset to list price" })).toBeDisabled();

  await training().fill("-1");
  await row().getByRole("button", { name: "Save" }).click();
  await expect(training()).toHaveAccessibleDescription("Use a number of at least 0.");
  await page.reload();
  await expect(training()).toHaveValue("3");
  await expect(row().getByTestId("price-as-of")).toContainText("List price");

  await training().fill("2.5");
  await row().getByRole("button", { name: "Save" }).click();
  await expect(row().getByRole("status")).toHaveText("Saved.");
  await page.reload();
  const today = new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date());
  await expect(training()).toHaveValue("2.5");
  await expect(row().getByTestId("price-as-of")).toHaveText(`${today}Set for this workspace`);
  // The other models keep their list prices.
  await expect(prices.getByLabel("Training, gpt-4o-2024-08-06")).toHaveValue("25");

  await row().getByRole("button", { name: "Reset to list price" }).click();
  await expect(row().getByRole("status")).toHaveText("List price restored.");
  await expect(training()).toHaveValue("3");
  await page.reload();
  await expect(training()).toHaveValue("3");
  await expect(row().getByTestId("price-as-of")).toContainText("List price");
  await page.screenshot({ path: "/tmp/settings-prices.png", fullPage: true });
});
