"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { rememberWorkspace } from "@/lib/auth/access";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-in";
import { membershipOrThrow } from "@/lib/members/queries";
import { switchWorkspaceSchema } from "@/lib/members/schema";
import { startWorkspace } from "@/lib/workspaces/queries";
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
    const workspace = await startWorkspace({ user, name });
    await rememberWorkspace(workspace.id);
    revalidatePath("/", "layout");
    return { id: workspace.id };
  },
);

/** Ends every session of the caller, on every device, this one included. */
export const signOutEverywhereAction = createAction(
  { name: "signOutEverywhereAction", schema: z.object({}) },
  (_input, access) => signOutEverywhere(access),
);
