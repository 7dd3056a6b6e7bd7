import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { getAppSecret, getEnv } from "@/lib/env";
import { createWorkspaceForUser } from "@/lib/workspaces/queries";
import { PASSWORD_MAX, PASSWORD_MIN } from "./schema";

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
  databaseHooks: {
    user: { create: { after: async (user) => void (await createWorkspaceForUser(user)) } },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
