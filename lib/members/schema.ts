import { z } from "zod";
import { roles } from "@/lib/workspaces/roles";

export const changeMemberRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(roles, "invalidChoice") });
export const memberUserSchema = z.object({ userId: z.string().min(1) });
export const switchWorkspaceSchema = z.object({ workspaceId: z.string().min(1) });
