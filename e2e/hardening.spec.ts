/**
 * Next's check of server actions' Origin stays on: a signed-in person's browser tricked into posting an action
 * from another site changes nothing, while the same request from the app's own origin works.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newUser, signUp } from "./fixtures";

const MANIFEST = path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json");

/** The id the production build gave an exported server action (what the browser sends as Next-Action). */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build`);
  return found[0];
}

test("a server action posted from another origin is refused; from the app's own origin it runs", async ({
  page,
  baseURL,
}) => {
  await signUp(page, newUser("Olivia Owner"));
  const rename = (origin: string, name: string) =>
    page.request.post("/settings", {
      headers: {
        "Next-Action": actionId("renameWorkspaceAction"),
        Origin: origin,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify([{ name }]),
    });

  const forged = await rename("https://evil.example", "Hijacked");
  expect(forged.ok()).toBe(false);
  await page.goto("/settings");
  await expect(page.getByTestId("workspace-name")).toHaveText("Olivia Owner’s workspace");

  const own = await rename(new URL(baseURL ?? "").origin, "Renamed at home");
  expect(own.ok()).toBe(true);
  await page.reload();
  await expect(page.getByTestId("workspace-name")).toHaveText("Renamed at home");
});
