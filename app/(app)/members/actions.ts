"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { record } from "@/lib/audit/record";
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
    await record(access, "member.invited", { type: "invitation", id: invitation.id, name: email }, { role, email });
    revalidatePath("/members");
    return { url: invitation.url, expiresAt: invitation.expiresAt, mailed };
  },
);

export const revokeInvitationAction = createAction(
  { name: "revokeInvitationAction", schema: invitationIdSchema },
  async ({ invitationId }, access) => {
    await revokeInvitation({ workspaceId: access.workspace.id, invitationId });
    await record(access, "member.invitation_revoked", { type: "invitation", id: invitationId });
    revalidatePath("/members");
  },
);

export const changeMemberRoleAction = createAction(
  { name: "changeMemberRoleAction", schema: changeMemberRoleSchema },
  async ({ userId, role }, access) => {
    const member = await changeMemberRole({ access, userId, role });
    await record(
      access,
      "member.role_changed",
      { type: "user", id: userId, name: member.user.name },
      {
        role,
        previousRole: member.previousRole,
      },
    );
    revalidatePath("/members");
  },
);

export const removeMemberAction = createAction(
  { name: "removeMemberAction", schema: memberUserSchema },
  async ({ userId }, access) => {
    const member = await removeMember({ access, userId });
    await record(access, "member.removed", { type: "user", id: userId, name: member.user.name }, { role: member.role });
    revalidatePath("/members");
  },
);

export const leaveWorkspaceAction = createAction(
  { name: "leaveWorkspaceAction", schema: z.object({}) },
  async (_input, access) => {
    await leaveWorkspace(access);
    await record(
      access,
      "member.left",
      { type: "user", id: access.user.id, name: access.user.name },
      {
        role: access.role,
      },
    );
    await rememberWorkspace(null);
    revalidatePath("/", "layout");
  },
);
