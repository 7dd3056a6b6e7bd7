import { expect, test } from "@playwright/test";
import { newUser, PASSWORD, signIn, signUp } from "./fixtures";

test("sign-up explains each bad field next to it and creates nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("This field is required.");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 8 characters/);

  const user = newUser();
  await page.getByLabel("Name").fill("x".repeat(81));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Use at most 80 characters.");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
  await expect(page).toHaveURL("/sign-up");

  // Nothing was saved half-way: the email is still free.
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");
});

test("a taken email and a wrong password get their own messages", async ({ page, browser }) => {
  const user = newUser();
  await signUp(page, user);

  const other = await browser.newPage();
  await other.goto("/sign-up");
  await other.getByLabel("Name").fill("Someone Else");
  await other.getByLabel("Email").fill(user.email.toUpperCase());
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByLabel("Email")).toHaveAccessibleDescription(/An account with this email already exists/);

  await signIn(other, { email: user.email, password: "wrong password!" });
  await expect(other.getByRole("alert").filter({ hasText: "The email or password is wrong" })).toBeVisible();
  await expect(other).toHaveURL("/sign-in");
  await expect(other.getByLabel("Password")).toHaveValue("wrong password!");
});

test("a connection with a malformed endpoint is refused field by field and not saved", async ({ page }) => {
  await signUp(page, newUser());
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: "Azure OpenAI" }).check();
  await dialog.getByLabel("Name").fill("");
  await dialog.getByLabel("Endpoint").fill("my-resource.openai.azure.com");
  await dialog.getByLabel("API version").fill("latest");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription("This field is required.");
  await expect(dialog.getByLabel("Endpoint")).toHaveAccessibleDescription(
    /Enter a full web address starting with https:\/\//,
  );
  await expect(dialog.getByLabel("API key")).toHaveAccessibleDescription("This field is required.");
  await expect(dialog.getByLabel("API version")).toHaveAccessibleDescription(/Use an API version like 2024-10-21/);

  // The typed values stay, so fixing one field is enough.
  await expect(dialog.getByLabel("Endpoint")).toHaveValue("my-resource.openai.azure.com");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("connection-card")).toHaveCount(1);
});

test("after five wrong passwords each try has to wait longer, and the right password works once it has", async ({
  page,
  browser,
}) => {
  const user = newUser();
  await signUp(page, user);
  const other = await browser.newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(other, { email: user.email, password: `wrong password ${i}` });
    await expect(other.getByRole("alert").filter({ hasText: "The email or password is wrong" })).toBeVisible();
  }
  const delayed = other.getByRole("alert").filter({ hasText: "Too many wrong passwords for this account" });
  await expect(async () => {
    await signIn(other, { email: user.email, password: "wrong again" });
    await expect(delayed).toBeVisible({ timeout: 2000 });
  }).toPass();
  const seconds = Number(/Wait (\d+) seconds?/.exec((await delayed.textContent()) ?? "")?.[1]);
  expect(seconds).toBeGreaterThan(0);
  // The right password, tried until the wait the page named is over (a try during it does not make it longer);
  // each try waits for the server's answer, which on a busy machine can take a while.
  await expect(async () => {
    const answer = other.waitForResponse(
      (response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined,
      { timeout: 0 },
    );
    await signIn(other, user);
    expect((await answer).headers()["x-action-redirect"]).toBeTruthy();
  }).toPass({ intervals: [500] });
  await expect(other).toHaveURL("/");
});

test("changing a connection's address needs its key again, so a saved key never goes elsewhere", async ({ page }) => {
  await signUp(page, newUser());
  await page.goto("/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Gateway");
  await dialog.getByLabel("API key").fill("sk-gateway-key-5678");
  await dialog.getByLabel("Base URL (optional)").fill("https://gateway.example.com/v1");
  await dialog.getByRole("button", { name: "Save" }).click();
  const card = page.getByRole("region", { name: /^Gateway/ });
  await card.getByRole("button", { name: "Edit" }).click();
  dialog = page.getByRole("dialog", { name: "Edit Gateway" });
  await dialog.getByLabel("Base URL (optional)").fill("https://attacker.example.net/v1");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByLabel("API key")).toHaveAccessibleDescription(/enter the API key again/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(card).toContainText("https://gateway.example.com/v1");
});
