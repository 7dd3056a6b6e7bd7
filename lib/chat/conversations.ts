/** Saved chat-tester conversations of a workspace: list, read, save, rename, delete. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authorName, nameOfUser } from "@/lib/members/authors";
import { conversationJsonl } from "./export";
import { chatStateSchema } from "./schema";
import type { ChatState } from "./state";

type ConversationRef = { workspaceId: string; conversationId: string };

export type ConversationSummary = {
  id: string;
  title: string;
  models: string[];
  updatedAt: Date;
  createdByName: string | null;
};

/** The stored JSON, checked on the way out so the rest of the code gets a typed state. */
function parseState(text: string): ChatState {
  return chatStateSchema.parse(JSON.parse(text));
}

export async function listConversations(workspaceId: string): Promise<ConversationSummary[]> {
  const rows = await db.chatConversation.findMany({
    where: { workspaceId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      state: true,
      updatedAt: true,
      createdByName: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ state, createdBy, createdByName, ...row }) => ({
    ...row,
    models: parseState(state).columns.flatMap((column) => (column.model ? [column.model.model] : [])),
    createdByName: authorName(createdBy, createdByName),
  }));
}

export async function getConversationOrThrow({ workspaceId, conversationId }: ConversationRef) {
  const row = await db.chatConversation.findFirst({
    where: { id: conversationId, workspaceId },
    select: { id: true, title: true, state: true, updatedAt: true },
  });
  if (!row) throw new AppError("not_found", "This conversation does not exist");
  return { ...row, state: parseState(row.state) };
}

/** The conversation as a JSONL download, recorded in the audit log. */
export async function exportConversation({ actor, conversationId }: { actor: AuditActor; conversationId: string }) {
  const conversation = await getConversationOrThrow({ workspaceId: actor.workspace.id, conversationId });
  await record(actor, "export.conversation", { type: "conversation", id: conversationId, name: conversation.title });
  const filename = `${conversation.title.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 60) || "conversation"}.jsonl`;
  return { filename, jsonl: conversationJsonl(conversation.state) };
}

/** Creates the conversation (no id) or replaces its state; returns its id. */
export async function saveConversation(options: {
  workspaceId: string;
  userId: string;
  conversationId: string | null;
  title: string;
  state: ChatState;
}): Promise<{ id: string }> {
  const state = JSON.stringify(options.state);
  if (!options.conversationId) {
    return db.chatConversation.create({
      data: {
        workspaceId: options.workspaceId,
        createdById: options.userId,
        createdByName: await nameOfUser(db, options.userId),
        title: options.title,
        state,
      },
      select: { id: true },
    });
  }
  const { count } = await db.chatConversation.updateMany({
    where: { id: options.conversationId, workspaceId: options.workspaceId },
    data: { state },
  });
  if (!count) throw new AppError("not_found", "This conversation does not exist");
  return { id: options.conversationId };
}

export async function renameConversation({ title, ...ref }: ConversationRef & { title: string }): Promise<void> {
  const { count } = await db.chatConversation.updateMany({
    where: { id: ref.conversationId, workspaceId: ref.workspaceId },
    data: { title },
  });
  if (!count) throw new AppError("not_found", "This conversation does not exist");
}

export async function deleteConversation(ref: ConversationRef): Promise<void> {
  const { count } = await db.chatConversation.deleteMany({
    where: { id: ref.conversationId, workspaceId: ref.workspaceId },
  });
  if (!count) throw new AppError("not_found", "This conversation does not exist");
}
