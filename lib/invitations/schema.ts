import { z } from "zod";

/** Set by proxy.ts when someone opens an invitation link, so sign-in or sign-up leads back to it. */
export const PENDING_INVITATION_COOKIE = "ftp-invitation";

import { roles } from "@/lib/workspaces/roles";

export const inviteMemberSchema = z.object({
  role: z.enum(roles, "invalidChoice"),
  email: z
    .union([z.literal(""), z.email("invalidEmail").max(200)])
    .optional()
    .transform((value) => value?.trim().toLowerCase() || null),
});
export const invitationIdSchema = z.object({ invitationId: z.string().min(1) });
export const acceptInvitationSchema = z.object({ token: z.string().min(20).max(200) });
