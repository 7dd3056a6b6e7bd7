import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createToken, revokeToken } from "@/lib/api-tokens/queries";
import { actorOf } from "@/lib/audit/test-fixtures";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { db } from "@/lib/db/client";
import { authorizeToken, FAILED_TOKEN_LIMIT, RATE_LIMIT, RateLimitedError } from "./authorize";

let owner: { workspaceId: string; userId: string };
beforeAll(async () => {
  const user = await db.user.create({ data: { id: randomUUID(), name: "Ada", email: `${randomUUID()}@example.com` } });
  const workspace = await db.workspace.create({ data: { name: "API" } });
  await db.member.create({ data: { workspaceId: workspace.id, userId: user.id, role: "editor" } });
  owner = { workspaceId: workspace.id, userId: user.id };
});

/** A request as the app's server hands it on: the client address on its header, whatever X-Forwarded-For says. */
const requestWith = (token: string, address = "192.0.2.1", forwardedFor = "192.0.2.99") =>
  new Request("http://localhost/api/v1/jobs", {
    headers: { Authorization: `Bearer ${token}`, [CLIENT_ADDRESS_HEADER]: address, "X-Forwarded-For": forwardedFor },
  });

describe("authorizeToken", () => {
  it("allows what the scopes name and reading, and refuses the rest", async () => {
    const { token } = await createToken({ actor: actorOf(owner), input: { name: "read", scopes: ["read"] } });
    await expect(authorizeToken(requestWith(token), "workspace.read")).resolves.toMatchObject({ role: "editor" });
    await expect(authorizeToken(requestWith(token), "jobs.start")).rejects.toMatchObject({ code: "forbidden" });
    const writer = await createToken({ actor: actorOf(owner), input: { name: "jobs", scopes: ["jobs"] } });
    await expect(authorizeToken(requestWith(writer.token), "jobs.start")).resolves.toBeTruthy();
    await expect(authorizeToken(requestWith(writer.token), "datasets.edit")).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("refuses a missing, malformed or revoked token as unauthorized", async () => {
    await expect(authorizeToken(new Request("http://localhost/"), "workspace.read")).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(authorizeToken(requestWith("fp_nope"), "workspace.read")).rejects.toMatchObject({
      code: "unauthorized",
    });
    const { token, view } = await createToken({ actor: actorOf(owner), input: { name: "gone", scopes: ["read"] } });
    await revokeToken({ actor: actorOf(owner), tokenId: view.id });
    await expect(authorizeToken(requestWith(token), "workspace.read")).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("limits the requests of one token, not of the others", async () => {
    const busy = await createToken({ actor: actorOf(owner), input: { name: "busy", scopes: ["read"] } });
    const calm = await createToken({ actor: actorOf(owner), input: { name: "calm", scopes: ["read"] } });
    for (let index = 0; index < RATE_LIMIT.max; index++)
      await authorizeToken(requestWith(busy.token), "workspace.read");
    const refused = await authorizeToken(requestWith(busy.token), "workspace.read").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(authorizeToken(requestWith(calm.token), "workspace.read")).resolves.toBeTruthy();
  });

  it("slows down an address that keeps sending wrong tokens, even once it has a right one", async () => {
    const guesser = "203.0.113.7";
    const { token } = await createToken({ actor: actorOf(owner), input: { name: "real", scopes: ["read"] } });
    // A new X-Forwarded-For on every guess changes nothing.
    for (let index = 0; index < FAILED_TOKEN_LIMIT.max; index++)
      await expect(
        authorizeToken(requestWith(`fp_guess${index}`, guesser, `198.51.100.${index}`), "workspace.read"),
      ).rejects.toMatchObject({ code: "unauthorized" });
    const refused = await authorizeToken(requestWith(token, guesser), "workspace.read").catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    await expect(authorizeToken(requestWith(token, "198.51.100.2"), "workspace.read")).resolves.toBeTruthy();
  });
});
