import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { db } from "@/lib/db/client";
import { createToken, findTokenAccess, listTokens, revokeToken } from "./queries";
import { hashToken } from "./secret";

async function seedMember(role = "owner", workspaceId?: string) {
  const user = await db.user.create({ data: { id: randomUUID(), name: "Tom", email: `${randomUUID()}@example.com` } });
  const workspace = workspaceId ?? (await db.workspace.create({ data: { name: "Tokens" } })).id;
  await db.member.create({ data: { workspaceId: workspace, userId: user.id, role } });
  return { workspaceId: workspace, userId: user.id };
}

let owner: Awaited<ReturnType<typeof seedMember>>;
beforeAll(async () => {
  owner = await seedMember();
});

const input = { name: "CI", scopes: ["read", "jobs"] as ("read" | "jobs")[] };

describe("createToken", () => {
  it("returns the token once and stores only its hash and last four", async () => {
    const { token, view } = await createToken({ actor: actorOf(owner), input });
    expect(token).toMatch(/^fp_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(row.lastFour).toBe(token.slice(-4));
    expect(view.scopes).toEqual(["read", "jobs"]);
  });

  it("sets the expiry from the lifetime, or none", async () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const { view } = await createToken({ actor: actorOf(owner), input: { ...input, expiresInDays: "30" }, now });
    expect(view.expiresAt?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    const { view: forever } = await createToken({ actor: actorOf(owner), input: { ...input, expiresInDays: "never" } });
    expect(forever.expiresAt).toBeNull();
  });
});

describe("findTokenAccess", () => {
  it("gives the owner's access with the role they hold now", async () => {
    const member = await seedMember("admin");
    const { token, view } = await createToken({ actor: actorOf(member), input });
    const access = await findTokenAccess(token);
    expect(access).toMatchObject({ user: { id: member.userId }, workspace: { id: member.workspaceId }, role: "admin" });
    expect(access?.tokenId).toBe(view.id);
    await db.member.update({
      where: { workspaceId_userId: { workspaceId: member.workspaceId, userId: member.userId } },
      data: { role: "editor" },
    });
    expect((await findTokenAccess(token))?.role).toBe("editor");
  });

  it("records when the token was last used", async () => {
    const { token, view } = await createToken({ actor: actorOf(owner), input });
    expect(view.lastUsedAt).toBeNull();
    await findTokenAccess(token);
    const [listed] = (await listTokens(owner)).filter((entry) => entry.id === view.id);
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("refuses revoked, expired, unknown and malformed tokens, and those of removed members", async () => {
    const revoked = await createToken({ actor: actorOf(owner), input });
    await revokeToken({ actor: actorOf(owner), tokenId: revoked.view.id });
    expect(await findTokenAccess(revoked.token)).toBeNull();

    const expired = await createToken({
      actor: actorOf(owner),
      input: { ...input, expiresInDays: "30" },
      now: new Date(2020, 0, 1),
    });
    expect(await findTokenAccess(expired.token)).toBeNull();

    expect(await findTokenAccess(`fp_${"A".repeat(43)}`)).toBeNull();
    expect(await findTokenAccess("not a token")).toBeNull();

    const leaver = await seedMember("editor", owner.workspaceId);
    const { token } = await createToken({ actor: actorOf(leaver), input });
    expect(await findTokenAccess(token)).not.toBeNull();
    await db.member.delete({ where: { workspaceId_userId: leaver } });
    expect(await findTokenAccess(token)).toBeNull();
  });
});

describe("listTokens and revokeToken", () => {
  it("list and revoke only the caller's own tokens", async () => {
    const other = await seedMember("owner", owner.workspaceId);
    const { view } = await createToken({ actor: actorOf(owner), input: { ...input, name: "Mine" } });
    expect((await listTokens(other)).map((token) => token.id)).not.toContain(view.id);
    await expect(revokeToken({ actor: actorOf(other), tokenId: view.id })).rejects.toMatchObject({ code: "not_found" });
    await revokeToken({ actor: actorOf(owner), tokenId: view.id });
    // Revoking twice is fine: the token stays revoked at its first time.
    await revokeToken({ actor: actorOf(owner), tokenId: view.id });
    const listed = (await listTokens(owner)).find((token) => token.id === view.id);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
  });
});
