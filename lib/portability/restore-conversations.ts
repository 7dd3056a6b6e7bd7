/** Saved chat-tester conversations, their columns pointing at the imported connections. */
import "server-only";
import type { RestoreContext } from "./context";
import { entryPatterns } from "./format";
import { expectField } from "./parse-entry";
import { conversationSchema } from "./schemas";

/** `connectionIds`: the new id of each archive connection id. */
export async function restoreConversations(
  { tx, workspaceId, archive, author }: RestoreContext,
  connectionIds: Map<string, string>,
): Promise<void> {
  for (const entry of archive.names) {
    const id = entryPatterns.conversation.exec(entry)?.[1];
    if (!id) continue;
    const row = await archive.json(entry, conversationSchema);
    expectField(entry, "id", row.id, id);
    const createdBy = author(row.createdById, row.createdByName);
    await tx.chatConversation.create({
      data: {
        workspaceId,
        title: row.title,
        state: remapState(row.state, connectionIds),
        createdById: createdBy.id,
        createdByName: createdBy.name,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      },
      select: { id: true },
    });
  }
}

/** The schema checked the shape this relies on; everything else in the state is kept as it was. */
function remapState(state: string, connectionIds: Map<string, string>): string {
  const parsed = JSON.parse(state) as { columns?: Array<{ model?: { connectionId?: string } | null }> };
  for (const column of parsed.columns ?? []) {
    const connectionId = column.model?.connectionId;
    if (column.model && connectionId) column.model.connectionId = connectionIds.get(connectionId) ?? connectionId;
  }
  return JSON.stringify(parsed);
}
