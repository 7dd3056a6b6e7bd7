/** Whether a person may create an account here: the effective mode, the installation's state, their invitation. */
import "server-only";
import { findInvitation } from "@/lib/invitations/queries";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";
import { getSignupMode, hasAnyAccount } from "./queries";
import { decideSignUp, type NoSignUp } from "./signup";

/** The invitation link the person opened last (proxy.ts remembers it in a cookie), from a Cookie header. */
export function invitationTokenFrom(cookieHeader: string | null | undefined): string | null {
  for (const pair of (cookieHeader ?? "").split(/;\s*/)) {
    const [name, value = ""] = pair.split("=");
    if (name === PENDING_INVITATION_COOKIE) return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
  }
  return null;
}

/** `email` null: whether sign-up is offered at all (the pages); with an address: whether this sign-up may go ahead. */
export async function checkSignUp({
  email,
  invitationToken,
}: {
  email: string | null;
  invitationToken: string | null;
}) {
  const [{ mode }, anyAccount, invitation] = await Promise.all([
    getSignupMode(),
    hasAnyAccount(),
    invitationToken ? findInvitation(invitationToken) : null,
  ]);
  return decideSignUp({
    mode,
    firstAccount: !anyAccount,
    // Valid, and no account made with it yet: one invitation, one new account.
    invitation: invitation?.status === "valid" && !invitation.signedUp ? { boundEmail: invitation.boundEmail } : null,
    email,
  });
}

/** For the sign-in and sign-up pages: why sign-up is not offered to this visitor, or null when it is. */
export async function signUpUnavailable(invitationToken: string | null): Promise<NoSignUp | null> {
  const decision = await checkSignUp({ email: null, invitationToken });
  return decision.allowed || decision.reason === "invitationEmail" ? null : decision.reason;
}
