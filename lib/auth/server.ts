import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { getAppSecret, getEnv } from "@/lib/env";
import { checkSignUp, invitationTokenFrom } from "@/lib/installation/admission";
import { claimInstallationAdmin } from "@/lib/installation/queries";
import { markInvitationSignedUp } from "@/lib/invitations/queries";
import { createWorkspaceForUser } from "@/lib/workspaces/queries";
import { PASSWORD_MAX, PASSWORD_MIN } from "./schema";

/** The error code of a sign-up the installation's sign-up mode refuses; its body names the reason. */
export const SIGNUP_REFUSED = "SIGNUP_REFUSED";

export const auth = betterAuth({
  appName: "Finetune Playground",
  baseURL: getEnv().APP_URL,
  secret: getAppSecret(),
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    autoSignIn: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
  },
  session: {
    expiresIn: Math.round(getEnv().SESSION_DAYS * 86_400),
    updateAge: Math.round(getEnv().SESSION_REFRESH_HOURS * 3600),
  },
  // Every way an account comes into being passes these hooks (the sign-up action, better-auth's API), so who
  // may sign up is decided here and nowhere else.
  databaseHooks: {
    user: {
      create: {
        before: async (user, context) => {
          const invitationToken = invitationTokenFrom(context?.headers?.get("cookie"));
          const decision = await checkSignUp({ email: user.email, invitationToken });
          if (!decision.allowed)
            throw new APIError("FORBIDDEN", {
              code: SIGNUP_REFUSED,
              reason: decision.reason,
              email: decision.email,
              message: "Sign-up is not open to you on this installation",
            });
        },
        after: async (user, context) => {
          await claimInstallationAdmin();
          const invitationToken = invitationTokenFrom(context?.headers?.get("cookie"));
          if (invitationToken) await markInvitationSignedUp(invitationToken);
          await createWorkspaceForUser(user);
        },
      },
    },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
