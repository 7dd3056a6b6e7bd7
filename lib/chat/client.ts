/** How the browser reaches the chat's routes: the answer stream's URL, and the saved conversations' query. */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson } from "@/lib/http/fetch-json";
import type { ConversationSummary } from "./conversations";

export const chatKeys = {
  conversations: () => ["chat", "conversations"] as const,
};

/** Answers stream from here as server-sent events (POST, one request per column). */
export const CHAT_STREAM_URL = "/api/chat/stream";

/** A conversation as the list shows it (its date travels as an ISO string). */
export type ConversationRow = Omit<ConversationSummary, "updatedAt"> & { updatedAt: string };

const conversationListSchema = z.object({
  conversations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      models: z.array(z.string()),
      updatedAt: z.string(),
      createdByName: z.string().nullable(),
    }),
  ),
}) satisfies z.ZodType<{ conversations: ConversationRow[] }>;

/** The workspace's saved conversations, newest first; read afresh each time the list opens. */
export const conversationsQueryOptions = () =>
  queryOptions({
    queryKey: chatKeys.conversations(),
    queryFn: () => fetchJson("/api/chat/conversations", conversationListSchema),
    staleTime: 0,
  });

/** A saved conversation's download. */
export const conversationExportUrl = (conversationId: string) => `/api/chat/conversations/${conversationId}/export`;
