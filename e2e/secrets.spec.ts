import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import OpenAI from "openai";
import { startLoggedServer } from "../scripts/test/api-log-server";
import { apiClient } from "../scripts/test/api-pipeline";
import { newUser, signIn, signUp } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 81;
const PAGES = [
  "/",
  "/connections",
  "/datasets",
  "/jobs",
  "/jobs/new",
  "/chat",
  "/settings",
  "/settings/tokens",
  "/docs",
];

/** Every file the build serves to browsers. */
function staticFiles(dir = path.resolve(".next/static")): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => fs.statSync(file).isFile());
}

/** Names the secrets found in `text`. */
function leaksIn(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets).flatMap(([name, value]) => (text.includes(value) ? [name] : []));
}

test("no provider key, Sandbox token, API token, session token or APP_SECRET reaches a page, a script or a log line", async ({
  browser,
}) => {
  // Starts a server of its own and goes through every page and API that could show a secret.
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-secrets-"));
  const logFile = path.join(dataDir, "server.log");
  const appSecret = randomBytes(32).toString("hex");
  const server = await startLoggedServer({ port: PORT, dataDir, logFile, appSecret });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    const user = newUser("Sam Secret");
    await signUp(page, user);

    // An OpenAI connection with a key of its own, tested so the key is used (and refused) on the server.
    const providerKey = `sk-proj-${randomBytes(24).toString("hex")}`;
    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a connection" });
    await dialog.getByRole("radio", { name: "OpenAI", exact: true }).check();
    await dialog.getByLabel("Name").fill("OpenAI test");
    await dialog.getByLabel("API key").fill(providerKey);
    await dialog.getByLabel("Base URL (optional)").fill(`${server.url}/api/sandbox/v1`);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    const openai = page.getByRole("region", { name: /^OpenAI test/ });
    await openai.getByRole("button", { name: "Test connection" }).click();
    await expect(openai.getByTestId("test-status")).toContainText("The provider rejected the API key");

    // The Sandbox token, shown on purpose to an admin, then used with the SDK.
    const sandbox = page.getByRole("region", { name: /^Sandbox/ });
    await sandbox.getByRole("button", { name: "Show API access" }).click();
    const sandboxToken = (await sandbox.getByTestId("sandbox-token").textContent()) ?? "";
    expect(sandboxToken).toMatch(/^sbx-/);
    const client = new OpenAI({ apiKey: sandboxToken, baseURL: `${server.url}/api/sandbox/v1`, maxRetries: 0 });
    expect((await client.models.list()).data.length).toBeGreaterThan(0);

    // An API token, used for a good request, a refused one and a missing one.
    await page.goto("/settings/tokens");
    await page.getByLabel("Name").fill("Leak check");
    await page.getByRole("button", { name: "Create token" }).click();
    const apiToken = (await page.getByTestId("api-token").textContent()) ?? "";
    expect(apiToken).toMatch(/^fp_/);
    const call = apiClient(server.url, apiToken);
    await call("GET", "/connections");
    await call("GET", "/jobs/nope").catch(() => undefined);
    await call("POST", "/datasets", "not json").catch(() => undefined);
    await fetch(`${server.url}/api/v1/jobs`, { headers: { Authorization: `Bearer ${apiToken.slice(0, -2)}xx` } });

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
    await signIn(page, user);
    await expect(page).toHaveURL("/");
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
    expect(session?.value.length).toBeGreaterThan(20);
    const sessionToken = decodeURIComponent(session?.value ?? "").split(".")[0] ?? "";

    const secrets = { providerKey, sandboxToken, apiToken, sessionToken, appSecret };

    const htmlLeaks: string[] = [];
    for (const pagePath of PAGES) {
      const response = await page.request.get(pagePath);
      expect(response.ok(), pagePath).toBe(true);
      htmlLeaks.push(...leaksIn(await response.text(), secrets).map((name) => `${name} in ${pagePath}`));
    }
    expect(htmlLeaks).toEqual([]);

    const files = staticFiles();
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    const assetLeaks = files.flatMap((file) =>
      leaksIn(fs.readFileSync(file, "utf8"), secrets).map((name) => `${name} in ${path.relative(".", file)}`),
    );
    expect(assetLeaks).toEqual([]);

    const log = fs.readFileSync(logFile, "utf8");
    // The log is not empty: the refused key and the failed requests were reported.
    expect(log.length).toBeGreaterThan(0);
    expect(leaksIn(log, secrets)).toEqual([]);

    // Stored data: the API token only as its hash, keys sealed. (Sessions are stored by token, by design.)
    const database = fs.readFileSync(path.join(dataDir, "app.db")).toString("latin1");
    expect(leaksIn(database, { providerKey, apiToken, appSecret })).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
