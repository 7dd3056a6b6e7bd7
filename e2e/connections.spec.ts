import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import OpenAI from "openai";
import { newUser, signIn, signUp } from "./fixtures";

/** Every 8-character piece of the key except its last four characters. */
function secretPieces(key: string): string[] {
  const hidden = key.slice(0, -4);
  return Array.from({ length: hidden.length - 7 }, (_, i) => hidden.slice(i, i + 8));
}

async function pageAndAssets(page: Page): Promise<string[]> {
  const html = await (await page.request.get(page.url())).text();
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  const assets = await Promise.all(scripts.map(async (src) => (await page.request.get(src)).text()));
  return [html, await page.content(), ...assets];
}

test("sign up, manage connections with a masked key, sign out and back in", async ({ page, baseURL }) => {
  const user = newUser();
  await signUp(page, user);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome to Ada Lovelace’s workspace");
  await expect(page.getByRole("region", { name: "Your connections" })).toContainText("Sandbox");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Connections" }).click();
  const sandbox = page.getByRole("region", { name: /^Sandbox/ });
  await expect(sandbox).toContainText("No key needed");
  await sandbox.getByRole("button", { name: "Test connection" }).click();
  await expect(sandbox.getByTestId("test-status")).toContainText("Connected · 4 models available");

  const apiKey = `sk-proj-${randomBytes(24).toString("hex")}`;
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a connection" });
  await dialog.getByRole("radio", { name: "OpenAI", exact: true }).check();
  await dialog.getByLabel("Name").fill("OpenAI test");
  await dialog.getByLabel("API key").fill(apiKey);
  // Points at this app's Sandbox API, which rejects a key it did not issue, like OpenAI does.
  await dialog.getByLabel("Base URL (optional)").fill(`${baseURL}/api/sandbox/v1`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  const openai = page.getByRole("region", { name: /^OpenAI test/ });
  await expect(openai.getByTestId("masked-key")).toHaveText(`Key ending in ••••${apiKey.slice(-4)}`);
  await page.reload();
  for (const text of await pageAndAssets(page)) {
    for (const piece of secretPieces(apiKey)) expect(text).not.toContain(piece);
  }

  await openai.getByRole("button", { name: "Test connection" }).click();
  await expect(openai.getByTestId("test-status")).toContainText("The provider rejected the API key");

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  for (const path of ["/", "/connections", "/datasets", "/jobs", "/chat", "/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL("/sign-in");
  }

  await signIn(page, user);
  await expect(page).toHaveURL("/");
  await page.goto("/connections");
  await expect(page.getByRole("region", { name: /^OpenAI test/ })).toContainText(`••••${apiKey.slice(-4)}`);
});

test("edit keeps the saved key when the field is left empty, and delete asks first", async ({ page }) => {
  await signUp(page, newUser("Grace Hopper"));
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: "Azure OpenAI" }).check();
  await dialog.getByLabel("Name").fill("Azure EU");
  await dialog.getByLabel("Endpoint").fill("https://example-resource.openai.azure.com");
  await dialog.getByLabel("API key").fill("azure-key-1234567890WXYZ");
  await dialog.getByRole("button", { name: "Save" }).click();
  const azure = page.getByRole("region", { name: /^Azure EU/ });
  await expect(azure).toContainText("••••WXYZ");
  await expect(azure).toContainText("https://example-resource.openai.azure.com");

  await azure.getByRole("button", { name: "Edit" }).click();
  dialog = page.getByRole("dialog", { name: "Edit Azure EU" });
  await expect(dialog.getByLabel("API key")).toHaveValue("");
  await dialog.getByLabel("Name").fill("Azure Sweden");
  await dialog.getByRole("button", { name: "Save" }).click();
  const renamed = page.getByRole("region", { name: /^Azure Sweden/ });
  await expect(renamed).toContainText("••••WXYZ");

  await renamed.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete Azure Sweden?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(renamed).toBeVisible();
  await renamed.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete connection" }).click();
  await expect(renamed).toBeHidden();
  await page.reload();
  await expect(page.getByTestId("connection-card")).toHaveCount(1);
});

test("the Sandbox shows and keeps its speed and fault settings", async ({ page }) => {
  await signUp(page, newUser());
  await page.goto("/connections");
  const sandbox = page.getByRole("region", { name: /^Sandbox/ });
  await expect(sandbox.getByTestId("sandbox-settings")).toHaveText("Jobs take about 1 minute · no injected failures");

  await sandbox.getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Sandbox" });
  await dialog.getByLabel("Simulated job duration").selectOption({ label: "About 5 seconds" });
  await dialog.getByLabel("Fail requests (%)").fill("150");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByLabel("Fail requests (%)")).toHaveAccessibleDescription("Use a number of at most 100.");

  await dialog.getByLabel("Fail requests (%)").fill("25");
  await dialog.getByLabel("Failures answer with").selectOption({ label: "500 Server error" });
  await dialog.getByLabel("Extra latency (ms)").fill("200");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(sandbox.getByTestId("sandbox-settings")).toHaveText(
    "Jobs take about 5 seconds · fails 25% of requests with 500 · +200 ms latency",
  );
  await page.reload();
  await sandbox.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("dialog").getByLabel("Simulated job duration")).toHaveValue("5");
});

test("an admin can reveal the Sandbox's base URL and token and use them with the OpenAI SDK", async ({ page }) => {
  await signUp(page, newUser());
  await page.goto("/connections");
  const sandbox = page.getByRole("region", { name: /^Sandbox/ });
  await sandbox.getByRole("button", { name: "Show API access" }).click();
  const baseURL = (await sandbox.getByTestId("sandbox-base-url").textContent()) ?? "";
  const apiKey = (await sandbox.getByTestId("sandbox-token").textContent()) ?? "";
  expect(apiKey).toMatch(/^sbx-/);

  const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });
  const models = await client.models.list();
  expect(models.data.map((model) => model.id)).toContain("gpt-4o-mini-2024-07-18");
});
