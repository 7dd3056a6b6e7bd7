/** Sign-up through better-auth on a real database: who gets in under each mode, and who becomes installation admin. */
import { beforeEach, describe, expect, it, vi } from "vitest";

let requestCookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers(requestCookie ? { cookie: requestCookie } : {}),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const { auth } = await import("@/lib/auth/server");
const { signUpWithEmail } = await import("@/lib/auth/sign-in");
const { db } = await import("@/lib/db/client");
const { createInvitation, markInvitationMailed } = await import("@/lib/invitations/queries");
const { PENDING_INVITATION_COOKIE } = await import("@/lib/invitations/schema");
const { claimInstallationAdmin, getSignupMode, saveSignupMode, storeSignupMode } = await import("./queries");

const PASSWORD = "correct horse battery";
let counter = 0;
const address = (name: string) => `${name}-${++counter}@example.com`;

/** Signs up as better-auth's API is called, with the invitation cookie a browser would carry. */
async function signUp(email: string, invitationToken?: string) {
  const headers = new Headers(invitationToken ? { cookie: `${PENDING_INVITATION_COOKIE}=${invitationToken}` } : {});
  await auth.api.signUpEmail({ body: { name: "Someone", email, password: PASSWORD }, headers });
  return db.user.findUniqueOrThrow({ where: { email } });
}

const refusal = (reason: string) => ({ body: { code: "SIGNUP_REFUSED", reason } });

async function adminAccess() {
  const user = await db.user.findFirstOrThrow({ where: { installationAdmin: true } });
  const member = await db.member.findFirstOrThrow({ where: { userId: user.id }, include: { workspace: true } });
  return {
    user: { id: user.id, name: user.name, email: user.email },
    workspace: { id: member.workspaceId, name: member.workspace.name },
    role: "owner" as const,
  };
}

async function invitation(options: { email?: string; mailed?: boolean; expired?: boolean } = {}) {
  const now = options.expired ? new Date(Date.now() - 30 * 86_400_000) : new Date();
  const created = await createInvitation({
    access: await adminAccess(),
    role: "viewer",
    email: options.email ?? null,
    now,
  });
  if (options.mailed) await markInvitationMailed(created.id);
  return created.url.split("/invite/")[1] ?? "";
}

describe("sign-up on a new installation (SIGNUP unset)", () => {
  beforeEach(() => {
    requestCookie = "";
  });

  it("lets the first account in and makes it installation admin; then sign-up is by invitation", async () => {
    expect(await getSignupMode()).toEqual({ mode: "invite", source: "default" });
    const first = await signUp(address("first"));
    expect(first.installationAdmin).toBe(true);
    expect(await db.member.count({ where: { userId: first.id, role: "owner" } })).toBe(1);
  });

  it("refuses a second sign-up without an invitation, through the API and the sign-up action alike", async () => {
    const email = address("stranger");
    await expect(signUp(email)).rejects.toMatchObject(refusal("inviteOnly"));
    await expect(signUpWithEmail({ name: "Stranger", email, password: PASSWORD })).rejects.toMatchObject({
      code: "forbidden",
      reason: { code: "signup.inviteOnly" },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("lets one person in with a valid invitation link, not with an expired or made-up one", async () => {
    const token = await invitation();
    const invited = await signUp(address("invited"), token);
    expect(invited.installationAdmin).toBe(false);
    // The link made one account; whoever it is passed on to next does not get another.
    await expect(signUp(address("forwarded"), token)).rejects.toMatchObject(refusal("inviteOnly"));
    await expect(signUp(address("late"), await invitation({ expired: true }))).rejects.toMatchObject(
      refusal("inviteOnly"),
    );
    await expect(signUp(address("forger"), "x".repeat(32))).rejects.toMatchObject(refusal("inviteOnly"));
    await expect(signUp(address("garbled"), "%E0%A4%A")).rejects.toMatchObject(refusal("inviteOnly"));
    // The sign-up action reads the same cookie from the request.
    requestCookie = `${PENDING_INVITATION_COOKIE}=${await invitation()}`;
    const email = address("via-action");
    await signUpWithEmail({ name: "Via Action", email, password: PASSWORD });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("binds an invitation sent by e-mail to that address", async () => {
    const token = await invitation({ email: "grace@example.com", mailed: true });
    const other = address("other");
    await expect(signUp(other, token)).rejects.toMatchObject(refusal("invitationEmail"));
    requestCookie = `${PENDING_INVITATION_COOKIE}=${token}`;
    await expect(signUpWithEmail({ name: "Other", email: other, password: PASSWORD })).rejects.toMatchObject({
      reason: { code: "signup.invitationEmail", params: { email: "grace@example.com" } },
    });
    await expect(signUp("grace@example.com", token)).resolves.toMatchObject({ email: "grace@example.com" });
    // Only a mailed invitation binds: a link to copy goes to whoever it is given to.
    await expect(signUp(address("friend"), await invitation({ email: "linus@example.com" }))).resolves.toBeTruthy();
  });

  it("lets nobody in when closed, not even with an invitation; anyone when open", async () => {
    const access = await adminAccess();
    await saveSignupMode({ access, mode: "closed" });
    expect(await getSignupMode()).toEqual({ mode: "closed", source: "setting" });
    await expect(signUp(address("closed"), await invitation())).rejects.toMatchObject(refusal("closed"));
    await saveSignupMode({ access, mode: "open" });
    const anyone = await signUp(address("anyone"));
    expect(anyone.installationAdmin).toBe(false);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "installation.signup_changed" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(entry.details)).toEqual({ mode: "open", previousMode: "closed" });
  });

  it("never lets a sign-up make itself installation admin", async () => {
    await storeSignupMode("open");
    const email = address("sneaky");
    const body = { name: "Sneaky", email, password: PASSWORD, installationAdmin: true };
    await auth.api.signUpEmail({ body });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ installationAdmin: false });
  });

  it("makes exactly one installation admin, the oldest account, however many claim at once", async () => {
    await db.user.updateMany({ data: { installationAdmin: false } });
    await Promise.all([claimInstallationAdmin(), claimInstallationAdmin(), claimInstallationAdmin()]);
    const admins = await db.user.findMany({ where: { installationAdmin: true } });
    const oldest = await db.user.findFirstOrThrow({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(admins.map((user) => user.id)).toEqual([oldest.id]);
  });
});
