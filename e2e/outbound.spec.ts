/**
 * The outbound guard seen from "Test connection": cloud metadata is refused on save and, when such an address is
 * stored anyway (an older version, an archive), at the request; a server that redirects to another host is not
 * followed. The e2e server runs with the default settings, so private networks (this machine) are allowed.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { newUser, signUp } from "./fixtures";

const DATABASE_FILE = path.resolve(import.meta.dirname, "../.e2e-data/app.db");
const METADATA_SENTENCE = "Blocked: 169.254.169.254 is a cloud metadata address, which the app never calls.";

/** A chat server on 127.0.0.1 that sends every request to the same port on "localhost": another host. */
let server: http.Server;
let serverUrl: string;
const requests: string[] = [];

test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    response.writeHead(302, { location: `${serverUrl.replace("127.0.0.1", "localhost")}${request.url ?? "/"}` });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function addInferenceConnection(page: Page, name: string, baseUrl: string) {
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a connection" });
  await dialog.getByRole("radio", { name: "Chat server (inference only)" }).check();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Base URL").fill(baseUrl);
  await dialog.getByRole("button", { name: "Save" }).click();
  return dialog;
}

test("a connection at cloud metadata is refused on save, and a stored one fails its test naming the rule", async ({
  page,
}) => {
  await signUp(page, newUser());
  await page.goto("/connections");
  const name = `Metadata ${randomUUID().slice(0, 8)}`;

  const dialog = await addInferenceConnection(page, name, "http://169.254.169.254/v1");
  await expect(dialog).toContainText(METADATA_SENTENCE);
  await dialog.getByLabel("Base URL").fill(`${serverUrl}/v1`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  // As an older version or an imported archive could have stored it: the request itself is refused.
  const db = openDatabase(DATABASE_FILE);
  try {
    db.prepare("UPDATE connection SET baseUrl = ? WHERE name = ?").run("http://169.254.169.254/v1", name);
  } finally {
    db.close();
  }
  await page.reload();
  const card = page.getByRole("region", { name: new RegExp(`^${name}`) });
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByTestId("test-status")).toContainText(METADATA_SENTENCE);
  await expect(card.getByTestId("test-status")).not.toContainText("Connected");
});

test("a chat server that redirects to another host is not followed", async ({ page }) => {
  await signUp(page, newUser("Grace Hopper"));
  await page.goto("/connections");
  const name = `Redirecting ${randomUUID().slice(0, 8)}`;
  const dialog = await addInferenceConnection(page, name, `${serverUrl}/v1`);
  await expect(dialog).toBeHidden();

  const before = requests.length;
  const card = page.getByRole("region", { name: new RegExp(`^${name}`) });
  await card.getByRole("button", { name: "Test connection" }).click();
  const status = card.getByTestId("test-status");
  await expect(status).toContainText(
    `Blocked: the server redirected to another host (${new URL(serverUrl).host.replace("127.0.0.1", "localhost")})`,
  );
  await expect(status).not.toContainText("Connected");
  expect(requests.slice(before)).toEqual(["/v1/models"]);
});
