/**
 * Next's check of server actions' Origin stays on, and route handlers have one of their own: a signed-in person's
 * browser tricked into posting from another site changes nothing, while the same request from the app's own
 * origin works. The sign-in limit holds against a client that makes up its X-Forwarded-For.
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

test("a cookie-authenticated route refuses a change posted from another origin, and takes it from its own", async ({
  page,
  baseURL,
}) => {
  await signUp(page, newUser("Olivia Owner"));
  const models = await page.request.get("/api/chat/models");
  const { groups } = (await models.json()) as { groups: { connectionId: string; connectionKind: string }[] };
  const sandbox = groups.find((group) => group.connectionKind === "sandbox");
  const ask = (headers: Record<string, string>) =>
    page.request.post("/api/chat/stream", {
      headers,
      data: {
        connectionId: sandbox?.connectionId,
        model: "gpt-4o-mini-2024-07-18",
        params: { systemPrompt: "", temperature: null, topP: null, maxTokens: null, seed: null },
        messages: [{ role: "user", content: "Hi" }],
      },
    });

  const foreign: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { "Sec-Fetch-Site": "cross-site" },
    { Referer: "https://evil.example/page" },
  ];
  for (const headers of foreign) {
    const forged = await ask(headers);
    expect(forged.status()).toBe(403);
    expect(await forged.json()).toEqual({ error: { code: "forbidden" } });
  }
  const own = await ask({ Origin: new URL(baseURL ?? "").origin });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("data:");
});

test("a made-up X-Forwarded-For does not get around the sign-in limit; the right password works after the wait", async ({
  page,
  baseURL,
}) => {
  const user = newUser("Olivia Owner");
  await signUp(page, user);
  await page.context().clearCookies();
  const signIn = (password: string, forwardedFor: string) =>
    page.request.post("/sign-in", {
      headers: {
        "Next-Action": actionId("signInAction"),
        Origin: new URL(baseURL ?? "").origin,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        "X-Forwarded-For": forwardedFor,
      },
      data: JSON.stringify([{ email: user.email, password }]),
      maxRedirects: 0,
    });

  const codeOf = async (response: Awaited<ReturnType<typeof signIn>>) => {
    const text = await response.text();
    return {
      code: /"reason":\{"code":"(\w+)"/.exec(text)?.[1],
      seconds: Number(/"seconds":(\d+)/.exec(text)?.[1] ?? 0),
    };
  };
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < 12; i++) codes.push((await codeOf(await signIn(`wrong ${i}`, `198.51.100.${i + 1}`))).code);
  // Five tries, then a wait that a new address in the header does not skip.
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("wrongCredentials"));
  expect(codes).toContain("signInDelayed");
  expect(codes.filter((code) => code === "wrongCredentials").length).toBeLessThanOrEqual(7);

  // Right after a wrong password, the right one has to wait as well…
  // A try during the wait is refused unchecked and does not make it longer: ask again until it is over.
  await expect(async () => {
    expect((await codeOf(await signIn("wrong again", "203.0.113.49"))).code).toBe("wrongCredentials");
  }).toPass({ intervals: [500] });
  const { code, seconds } = await codeOf(await signIn(user.password, "203.0.113.50"));
  expect(code).toBe("signInDelayed");
  expect(seconds).toBeGreaterThan(0);
  // …and works once it has passed: the owner is slowed down, never locked out.
  await expect(async () => {
    expect((await signIn(user.password, "203.0.113.51")).headers()["x-action-redirect"]).toBeTruthy();
  }).toPass({ intervals: [500] });
});
