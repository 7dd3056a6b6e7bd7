/** Who may create an account on this installation: the rules, free of the database so they can be tested alone. */
import { z } from "zod";

export const SIGNUP_MODES = ["open", "invite", "closed"] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

/** Where the effective mode comes from: SIGNUP in the environment, an installation admin's choice, or the default. */
type SignupSource = "env" | "setting" | "default";

export const signupModeSchema = z.object({ mode: z.enum(SIGNUP_MODES, "invalidChoice") });

/** The environment wins (and the app shows the mode as fixed); then what an admin saved; then "invite". */
export function resolveSignupMode({ env, stored }: { env: SignupMode | undefined; stored: string | null }): {
  mode: SignupMode;
  source: SignupSource;
} {
  if (env) return { mode: env, source: "env" };
  const saved = z.enum(SIGNUP_MODES).safeParse(stored);
  if (saved.success) return { mode: saved.data, source: "setting" };
  return { mode: "invite", source: "default" };
}

/** Why someone may not sign up; the UI words each reason (errors.reason.signup.*). */
export type SignupRefusal = "inviteOnly" | "closed" | "invitationEmail";
/** Why the pages offer no sign-up form at all (before anyone typed an address). */
export type NoSignUp = Exclude<SignupRefusal, "invitationEmail">;

type SignupDecision = { allowed: true } | { allowed: false; reason: SignupRefusal; email?: string };

/**
 * Whether a sign-up may go ahead. `firstAccount`: the installation has no account yet, so this one may sign up
 * (unless sign-up is closed) and becomes its installation admin. `invitation`: a valid invitation the person
 * came with; one sent by e-mail is bound to that address. `email` is null when only asking whether sign-up is
 * offered at all (the pages, before anyone typed an address).
 */
export function decideSignUp({
  mode,
  firstAccount,
  invitation,
  email,
}: {
  mode: SignupMode;
  firstAccount: boolean;
  invitation: { boundEmail: string | null } | null;
  email: string | null;
}): SignupDecision {
  if (mode === "closed") return { allowed: false, reason: "closed" };
  if (mode === "open" || firstAccount) return { allowed: true };
  if (!invitation) return { allowed: false, reason: "inviteOnly" };
  const bound = invitation.boundEmail?.toLowerCase();
  if (bound && email !== null && email.trim().toLowerCase() !== bound)
    return { allowed: false, reason: "invitationEmail", email: bound };
  return { allowed: true };
}
