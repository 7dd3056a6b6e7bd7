"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { record } from "@/lib/audit/record";
import { rememberWorkspace } from "@/lib/auth/access";
import { auth } from "@/lib/auth/server";
import { signOut } from "@/lib/auth/sign-in";
import { membershipOrThrow } from "@/lib/members/queries";
import { switchWorkspaceSchema } from "@/lib/members/schema";
import { createWorkspaceForUser } from "@/lib/workspaces/queries";
import { workspaceNameSchema } from "@/lib/workspaces/schema";

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/sign-in");
}

/** Works in another of the caller's workspaces from now on (remembered in a cookie, checked on every request). */
export const switchWorkspaceAction = createAction(
  { name: "switchWorkspaceAction", schema: switchWorkspaceSchema },
  async ({ workspaceId }, { user }) => {
    await membershipOrThrow({ userId: user.id, workspaceId });
    await rememberWorkspace(workspaceId);
    revalidatePath("/", "layout");
  },
);

/** Starts another workspace with the caller as its owner, and works in it from now on. */
export const createWorkspaceAction = createAction(
  { name: "createWorkspaceAction", schema: workspaceNameSchema },
  async ({ name }, { user }) => {
    const workspace = await createWorkspaceForUser(user, name);
    await record({ user, workspace }, "workspace.created", { type: "workspace", id: workspace.id, name });
    await rememberWorkspace(workspace.id);
    revalidatePath("/", "layout");
    return { id: workspace.id };
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
