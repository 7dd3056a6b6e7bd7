/**
 * Captures the main pages of a running app (default http://localhost:3000) in light and dark,
 * desktop and phone width, for the README and for reviewing UI changes.
 * Usage: tsx scripts/screenshots.ts [baseURL] [outDir]
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const baseURL = process.argv[2] ?? "http://localhost:3000";
const outDir = process.argv[3] ?? "test-results/screenshots";
const pages = ["/", "/connections", "/datasets", "/settings"];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
fs.mkdirSync(outDir, { recursive: true });

async function capture(options: { locale: string; colorScheme: "light" | "dark"; width: number; tag: string }) {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: { width: options.width, height: 860 },
  });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.screenshot({ path: `${outDir}/${options.tag}-sign-up.png` });
  await page.locator('input[name="name"]').fill("Ada Lovelace");
  await page.locator('input[name="email"]').fill(`ada-${randomUUID().slice(0, 8)}@example.com`);
  await page.locator('input[name="password"]').fill("correct horse battery");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${baseURL}/`);
  for (const path of pages) {
    await page.goto(path);
    await page.screenshot({
      path: `${outDir}/${options.tag}${path === "/" ? "-overview" : path.replaceAll("/", "-")}.png`,
      fullPage: true,
    });
  }
  await page.goto("/connections");
  const sandbox = page.locator('[data-testid="connection-card"]').first();
  await sandbox.locator("button").filter({ hasText: /API/ }).click();
  await page.screenshot({ path: `${outDir}/${options.tag}-sandbox-access.png`, fullPage: true });
  await sandbox.locator("button").nth(1).click();
  await page.getByRole("dialog").waitFor();
  await page.screenshot({ path: `${outDir}/${options.tag}-sandbox-edit.png` });
  await context.close();
}

await capture({ locale: "en-US", colorScheme: "light", width: 1280, tag: "en-light" });
await capture({ locale: "de-DE", colorScheme: "dark", width: 1280, tag: "de-dark" });
await capture({ locale: "en-US", colorScheme: "light", width: 390, tag: "en-phone" });
await browser.close();
console.log(`Screenshots in ${outDir}`);
