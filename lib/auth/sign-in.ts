/** Sign-up and sign-in through better-auth, with its failures turned into our error codes. */
import "server-only";
import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import type { z } from "zod";
import { type AuditActor, record } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { SignupRefusal } from "@/lib/installation/signup";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { clientAddressFrom } from "./client-address";
import { createRateLimiter } from "./rate-limit";
import type { signInSchema, signUpSchema } from "./schema";
import { auth, SIGNUP_REFUSED } from "./server";
import { createSignInDelay } from "./sign-in-delay";

// Fifty wrong passwords per address within 15 minutes; a hundred sign-ups per address an hour. Per account and
// address, a growing wait after a few wrong passwords (lib/auth/sign-in-delay.ts).
const failedSignIns = createRateLimiter({ max: 50, windowMs: 15 * 60_000 });
const signInDelay = createSignInDelay();
const signUps = createRateLimiter({ max: 100, windowMs: 60 * 60_000 });

const tooManyAttempts = () => new AppError("conflict", "Too many attempts", { reason: { code: "tooManyAttempts" } });

async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

function isAuthError(error: unknown, ...codes: string[]): boolean {
  return error instanceof APIError && codes.includes((error.body as { code?: string } | undefined)?.code ?? "");
}

export async function signUpWithEmail(input: z.output<typeof signUpSchema>) {
  const ip = await clientAddress();
  if (!signUps.allows([ip])) throw tooManyAttempts();
  signUps.record([ip]);
  try {
    await auth.api.signUpEmail({ body: input, headers: await headers() });
  } catch (error) {
    if (isAuthError(error, "USER_ALREADY_EXISTS", "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")) {
      throw new AppError("conflict", "Email taken", { fields: { email: { code: "emailTaken" } } });
    }
    if (isAuthError(error, SIGNUP_REFUSED)) {
      const { reason, email } = (error as APIError).body as { reason: SignupRefusal; email?: string };
      const params = email ? { email } : undefined;
      throw new AppError("forbidden", "Sign-up refused", { reason: { code: `signup.${reason}`, params } });
    }
    throw error;
  }
}

export async function signInWithEmail(input: z.output<typeof signInSchema>) {
  const ip = await clientAddress();
  if (!failedSignIns.allows([ip])) throw tooManyAttempts();
  const accountFromAddress = `${input.email.toLowerCase()} ${ip}`;
  const seconds = signInDelay.waitSeconds(accountFromAddress);
  if (seconds > 0)
    throw new AppError("conflict", "Sign-in delayed", {
      reason: { code: "signInDelayed", params: { seconds } },
    });
  try {
    const { user } = await auth.api.signInEmail({ body: input, headers: await headers() });
    signInDelay.reset(accountFromAddress);
    // Each workspace's admins see that this person signed in.
    for (const { id } of await listMembershipsOfUser(user.id))
      await record({ user, workspace: { id } }, "auth.signed_in");
  } catch (error) {
    if (!isAuthError(error, "INVALID_EMAIL_OR_PASSWORD")) throw error;
    signInDelay.recordFailure(accountFromAddress);
    failedSignIns.record([ip]);
    throw new AppError("unauthorized", "Wrong credentials", { reason: { code: "wrongCredentials" } });
  }
}

export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
}

/** Where to go after signing in: the invitation the person came from, else the start page. */
export async function takePendingInvitation(): Promise<string> {
  const jar = await cookies();
  const token = jar.get(PENDING_INVITATION_COOKIE)?.value;
  if (!token) return "/";
  jar.delete(PENDING_INVITATION_COOKIE);
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? `/invite/${token}` : "/";
}

/** Ends every session of the caller, on every device, this one included. */
export async function signOutEverywhere(actor: AuditActor) {
  await record(actor, "auth.signed_out_everywhere");
  const requestHeaders = await headers();
  await auth.api.revokeOtherSessions({ headers: requestHeaders });
  await auth.api.signOut({ headers: requestHeaders });
}
