"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { record } from "@/lib/audit/record";
import { rememberWorkspace } from "@/lib/auth/access";
import { auth } from "@/lib/auth/server";
import { membershipOrThrow } from "@/lib/members/queries";
import { switchWorkspaceSchema } from "@/lib/members/schema";

/** Works in another of the caller's workspaces from now on (remembered in a cookie, checked on every request). */
export const switchWorkspaceAction = createAction(
  { name: "switchWorkspaceAction", schema: switchWorkspaceSchema },
  async ({ workspaceId }, { user }) => {
    await membershipOrThrow({ userId: user.id, workspaceId });
    await rememberWorkspace(workspaceId);
    revalidatePath("/", "layout");
  },
);

/** Ends every session of the caller, on every device, this one included. */
export const signOutEverywhereAction = createAction(
  { name: "signOutEverywhereAction", schema: z.object({}) },
  async (_input, access) => {
    await record(access, "auth.signed_out_everywhere");
    const requestHeaders = await headers();
    await auth.api.revokeOtherSessions({ headers: requestHeaders });
    await auth.api.signOut({ headers: requestHeaders });
  },
);
