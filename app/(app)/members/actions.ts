"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { rememberWorkspace } from "@/lib/auth/access";
import { sendInvitationMail } from "@/lib/invitations/mail";
import { createInvitation, markInvitationMailed, revokeInvitation } from "@/lib/invitations/queries";
import { invitationIdSchema, inviteMemberSchema } from "@/lib/invitations/schema";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/members/queries";
import { changeMemberRoleSchema, memberUserSchema } from "@/lib/members/schema";

export const inviteMemberAction = createAction(
  { name: "inviteMemberAction", schema: inviteMemberSchema },
  async ({ role, email }, access) => {
    const invitation = await createInvitation({ access, role, email });
    const mailed = email
      ? await sendInvitationMail({
          to: email,
          url: invitation.url,
          workspaceName: access.workspace.name,
          inviterName: access.user.name,
        })
      : false;
    if (mailed) await markInvitationMailed(invitation.id);
    revalidatePath("/members");
    return { url: invitation.url, expiresAt: invitation.expiresAt, mailed };
  },
);

export const revokeInvitationAction = createAction(
  { name: "revokeInvitationAction", schema: invitationIdSchema },
  async ({ invitationId }, access) => {
    await revokeInvitation({ actor: access, invitationId });
    revalidatePath("/members");
  },
);

export const changeMemberRoleAction = createAction(
  { name: "changeMemberRoleAction", schema: changeMemberRoleSchema },
  async ({ userId, role }, access) => {
    await changeMemberRole({ access, userId, role });
    revalidatePath("/members");
  },
);

export const removeMemberAction = createAction(
  { name: "removeMemberAction", schema: memberUserSchema },
  async ({ userId }, access) => {
    await removeMember({ access, userId });
    revalidatePath("/members");
  },
);

export const leaveWorkspaceAction = createAction(
  { name: "leaveWorkspaceAction", schema: z.object({}) },
  async (_input, access) => {
    await leaveWorkspace(access);
    await rememberWorkspace(null);
    revalidatePath("/", "layout");
  },
);
