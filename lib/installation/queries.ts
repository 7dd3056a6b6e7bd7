/** The installation's own settings and admins: what holds across every workspace of this server. */
import "server-only";
import { record } from "@/lib/audit/record";
import type { Access } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type PrivateNetworkPolicy, privateNetworkPolicy } from "@/lib/outbound/policy";
import { resolveSignupMode, type SignupMode } from "./signup";

const ROW = "installation";

/** Who may sign up now, and whether the server's configuration fixes it. */
export async function getSignupMode() {
  const setting = await db.installationSetting.findUnique({ where: { id: ROW } });
  return resolveSignupMode({ env: getEnv().SIGNUP, stored: setting?.signup ?? null });
}

/** Whether outbound requests may reach private networks: an admin who opens sign-up closes them by default too. */
export async function getPrivateNetworkPolicy(): Promise<PrivateNetworkPolicy> {
  return privateNetworkPolicy({ signupMode: (await getSignupMode()).mode });
}

/** Writes the mode an installation admin chose; SIGNUP in the environment, when set, cannot be overruled. */
export async function saveSignupMode({ access, mode }: { access: Access; mode: SignupMode }) {
  const previous = await getSignupMode();
  if (previous.source === "env")
    throw new AppError("conflict", "SIGNUP is set on the server", {
      fields: { mode: { code: "signup.fixedByServer", params: { mode: previous.mode } } },
    });
  await storeSignupMode(mode, access.user.id);
  await record(
    access,
    "installation.signup_changed",
    { type: "installation", id: ROW },
    {
      mode,
      previousMode: previous.mode,
    },
  );
}

export async function storeSignupMode(mode: SignupMode, userId: string | null = null) {
  await db.installationSetting.upsert({
    where: { id: ROW },
    create: { id: ROW, signup: mode, updatedById: userId },
    update: { signup: mode, updatedById: userId },
  });
}

export async function isInstallationAdmin(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { installationAdmin: true } });
  return user?.installationAdmin ?? false;
}

export async function hasAnyAccount(): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}

/**
 * Makes the oldest account the installation admin while there is none. One statement, so SQLite runs it
 * atomically: of two first sign-ups racing each other, exactly one (the older) becomes admin.
 */
export async function claimInstallationAdmin(): Promise<void> {
  await db.$executeRaw`UPDATE "user" SET "installationAdmin" = true
    WHERE "id" = (SELECT "id" FROM "user" ORDER BY "createdAt", "id" LIMIT 1)
    AND NOT EXISTS (SELECT 1 FROM "user" WHERE "installationAdmin" = true)`;
}
