import { z } from "zod";

/** A workspace's name, when it is started or renamed. */
export const workspaceNameSchema = z.object({ name: z.string().trim().min(1).max(80) });

/** Deleting asks for the workspace's name, typed; the server compares it (lib/workspaces/delete.ts). */
export const deleteWorkspaceSchema = z.object({ confirmName: z.string().max(200) });
