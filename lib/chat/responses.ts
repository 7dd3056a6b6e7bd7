/** The chat answers' zod schemas, checked against the route handlers' types; loaded with the first fetch. */
import { z } from "zod/mini";
import { connectionKinds } from "@/lib/connections/kinds";
import { providerFailureSchema } from "@/lib/providers/failure-schema";
import type { ConversationRow } from "./client";
import type { ModelGroup } from "./model-options";

export const conversationListSchema = z.object({
  conversations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      models: z.array(z.string()),
      updatedAt: z.string(),
      createdByName: z.nullable(z.string()),
    }),
  ),
}) satisfies z.ZodMiniType<{ conversations: ConversationRow[] }>;

export const modelGroupsSchema = z.object({
  groups: z.array(
    z.object({
      connectionId: z.string(),
      connectionName: z.string(),
      connectionKind: z.enum(connectionKinds),
      models: z.array(z.object({ model: z.string(), kind: z.enum(["fine_tuned", "checkpoint", "base"]) })),
      error: z.nullable(providerFailureSchema),
    }),
  ),
}) satisfies z.ZodMiniType<{ groups: ModelGroup[] }>;
