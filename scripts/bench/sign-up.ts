/** A bench user signed up through the UI, as a person would (sessions come from the sign-up action). */
import { randomBytes } from "node:crypto";
import { type BrowserContext, chromium } from "@playwright/test";

/** Signs up in `context`; returns the new user's e-mail and session cookie. */
export async function signUpIn(context: BrowserContext, url: string): Promise<{ email: string; cookie: string }> {
  const page = await context.newPage();
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Bench User");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${url}/`);
  await page.close();
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  return { email, cookie };
}

/** Signs up in a browser of its own, closed again afterwards. */
export async function signUp(url: string): Promise<{ email: string; cookie: string }> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    return await signUpIn(await browser.newContext({ baseURL: url, locale: "en-US" }), url);
  } finally {
    await browser.close();
  }
}
