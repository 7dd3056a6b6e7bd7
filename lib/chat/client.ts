/** How the browser reaches the chat's routes: the answer stream's URL, and the saved conversations' query. */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { connectionKinds } from "@/lib/connections/kinds";
import { fetchJson } from "@/lib/http/fetch-json";
import { providerFailureSchema } from "@/lib/providers/failure-schema";
import type { ConversationSummary } from "./conversations";
import type { ModelGroup } from "./model-options";

const chatKeys = {
  conversations: () => ["chat", "conversations"] as const,
  models: () => ["chat", "models"] as const,
};

/** Answers stream from here as server-sent events (POST, one request per column). */
export const CHAT_STREAM_URL = "/api/chat/stream";

/** A conversation as the list shows it (its date travels as an ISO string). */
type ConversationRow = Omit<ConversationSummary, "updatedAt"> & { updatedAt: string };

const conversationListSchema = z.object({
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

/** The workspace's saved conversations, newest first; read afresh each time the list opens. */
export const conversationsQueryOptions = () =>
  queryOptions({
    queryKey: chatKeys.conversations(),
    queryFn: () => fetchJson("/api/chat/conversations", conversationListSchema),
    staleTime: 0,
  });

const modelGroupsSchema = z.object({
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

/** The models of every connection of the workspace, for the model picker (the server asks each provider). */
export const chatModelsQueryOptions = () =>
  queryOptions({
    queryKey: chatKeys.models(),
    queryFn: () => fetchJson("/api/chat/models", modelGroupsSchema),
    staleTime: 60_000,
  });

/** A saved conversation's download. */
export const conversationExportUrl = (conversationId: string) => `/api/chat/conversations/${conversationId}/export`;
