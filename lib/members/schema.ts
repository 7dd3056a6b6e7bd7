import { z } from "zod";
import { roles } from "@/lib/workspaces/roles";

export const memberRoleSchema = z.enum(roles, "invalidChoice");
export const changeMemberRoleSchema = z.object({ userId: z.string().min(1), role: memberRoleSchema });
export const memberUserSchema = z.object({ userId: z.string().min(1) });
export const switchWorkspaceSchema = z.object({ workspaceId: z.string().min(1) });
