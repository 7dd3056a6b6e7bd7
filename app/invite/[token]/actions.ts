"use server";
import { cookies } from "next/headers";
import { createAction } from "@/lib/action";
import { rememberWorkspace } from "@/lib/auth/access";
import { acceptInvitation } from "@/lib/invitations/queries";
import { acceptInvitationSchema, PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";

/** Joins the invitation's workspace and makes it the one the person works in. */
export const acceptInvitationAction = createAction(
  { name: "acceptInvitationAction", schema: acceptInvitationSchema },
  async ({ token }, { user }) => {
    const joined = await acceptInvitation({ token, user });
    await rememberWorkspace(joined.workspaceId);
    (await cookies()).delete(PENDING_INVITATION_COOKIE);
    return { workspaceId: joined.workspaceId };
  },
);
