import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Access } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import {
  acceptInvitation,
  createInvitation,
  findInvitation,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/invitations/queries";
import type { Role } from "@/lib/workspaces/roles";
import { changeMemberRole, leaveWorkspace, listMembers, removeMember } from "./queries";

async function person(name: string) {
  return db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@example.com` } });
}

async function team() {
  const workspace = await db.workspace.create({ data: { name: "Team" } });
  const join = async (name: string, role: Role): Promise<Access> => {
    const user = await person(name);
    await db.member.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    return { user: { id: user.id, name, email: user.email }, workspace: { id: workspace.id, name: "Team" }, role };
  };
  return { workspace, owner: await join("Olivia", "owner"), admin: await join("Adam", "admin"), join };
}

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";

describe("members", () => {
  it("lists people with the highest role first", async () => {
    const { workspace, join } = await team();
    await join("Vera", "viewer");
    expect((await listMembers(workspace.id)).map((member) => member.role)).toEqual(["owner", "admin", "viewer"]);
  });

  it("lets admins change and remove viewers and editors, but not owners", async () => {
    const { owner, admin, join } = await team();
    const viewer = await join("Vera", "viewer");
    await expect(changeMemberRole({ access: admin, userId: viewer.user.id, role: "editor" })).resolves.toMatchObject({
      role: "editor",
      previousRole: "viewer",
    });
    await expect(changeMemberRole({ access: admin, userId: viewer.user.id, role: "owner" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(removeMember({ access: admin, userId: owner.user.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember({ access: admin, userId: admin.user.id })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await removeMember({ access: admin, userId: viewer.user.id });
    expect((await listMembers(admin.workspace.id)).some((member) => member.userId === viewer.user.id)).toBe(false);
  });

  it("keeps the last owner", async () => {
    const { owner, admin } = await team();
    await expect(leaveWorkspace(owner)).rejects.toMatchObject({ code: "conflict" });
    await expect(changeMemberRole({ access: owner, userId: owner.user.id, role: "admin" })).rejects.toMatchObject({
      code: "conflict",
    });
    await changeMemberRole({ access: owner, userId: admin.user.id, role: "owner" });
    await leaveWorkspace(owner);
    expect((await listMembers(owner.workspace.id)).map((member) => member.name)).toEqual(["Adam"]);
  });

  it("refuses someone of another workspace as not found", async () => {
    const ours = await team();
    const theirs = await team();
    await expect(
      changeMemberRole({ access: ours.owner, userId: theirs.admin.user.id, role: "viewer" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("invitations", () => {
  it("joins with the invited role, once", async () => {
    const { admin } = await team();
    const invited = await person("Ivy");
    const { url } = await createInvitation({ access: admin, role: "viewer", email: null });
    expect(await findInvitation(tokenOf(url))).toMatchObject({ status: "valid", role: "viewer" });
    await expect(acceptInvitation({ token: tokenOf(url), user: invited })).resolves.toMatchObject({
      role: "viewer",
      alreadyMember: false,
    });
    expect(await findInvitation(tokenOf(url))).toMatchObject({ status: "used" });
    const other = await person("Otto");
    await expect(acceptInvitation({ token: tokenOf(url), user: other })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.member.count({ where: { userId: other.id } })).toBe(0);
  });

  it("expires, can be revoked, and only owners invite owners", async () => {
    const { owner, admin } = await team();
    const invited = await person("Ivy");
    const old = await createInvitation({
      access: admin,
      role: "editor",
      email: "ivy@example.com",
      now: new Date(2020, 0, 1),
    });
    expect(await findInvitation(tokenOf(old.url))).toMatchObject({ status: "expired" });
    await expect(acceptInvitation({ token: tokenOf(old.url), user: invited })).rejects.toMatchObject({
      code: "not_found",
    });
    const revoked = await createInvitation({ access: admin, role: "editor", email: null });
    await revokeInvitation({ actor: admin, invitationId: revoked.id });
    expect(await findInvitation(tokenOf(revoked.url))).toMatchObject({ status: "revoked" });
    expect(await listPendingInvitations(admin.workspace.id)).toEqual([]);
    await expect(createInvitation({ access: admin, role: "owner", email: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(createInvitation({ access: owner, role: "owner", email: null })).resolves.toBeTruthy();
    expect(await findInvitation("not-a-real-token-at-all-000")).toBeNull();
  });

  it("stores only a hash of the token", async () => {
    const { admin } = await team();
    const { id, url } = await createInvitation({ access: admin, role: "viewer", email: null });
    const row = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(tokenOf(url));
  });
});
