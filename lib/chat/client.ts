/** How the browser reaches the chat's routes: the answer stream's URL, and the saved conversations' query. */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import type { ConversationSummary } from "./conversations";

const responses = () => import("./responses");

const chatKeys = {
  conversations: () => ["chat", "conversations"] as const,
  models: () => ["chat", "models"] as const,
};

/** Answers stream from here as server-sent events (POST, one request per column). */
export const CHAT_STREAM_URL = "/api/chat/stream";

/** A conversation as the list shows it (its date travels as an ISO string). */
export type ConversationRow = Omit<ConversationSummary, "updatedAt"> & { updatedAt: string };

/** The workspace's saved conversations, newest first; read afresh each time the list opens. */
export const conversationsQueryOptions = () =>
  queryOptions({
    queryKey: chatKeys.conversations(),
    queryFn: () => fetchJson("/api/chat/conversations", () => responses().then((m) => m.conversationListSchema)),
    staleTime: 0,
  });

/** The models of every connection of the workspace, for the model picker (the server asks each provider). */
export const chatModelsQueryOptions = () =>
  queryOptions({
    queryKey: chatKeys.models(),
    queryFn: () => fetchJson("/api/chat/models", () => responses().then((m) => m.modelGroupsSchema)),
    staleTime: 60_000,
  });

/** A saved conversation's download. */
export const conversationExportUrl = (conversationId: string) => `/api/chat/conversations/${conversationId}/export`;
