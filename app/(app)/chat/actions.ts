"use server";
import { createAction } from "@/lib/action";
import { addAnswerToDataset } from "@/lib/chat/add-to-dataset";
import { deleteConversation, renameConversation, saveConversation } from "@/lib/chat/conversations";
import {
  addToDatasetSchema,
  conversationIdSchema,
  renameConversationSchema,
  saveConversationSchema,
} from "@/lib/chat/schema";

export const saveConversationAction = createAction(
  { name: "saveConversationAction", schema: saveConversationSchema },
  async (input, { workspace, user }) => {
    // No revalidation: the page holds the live conversation, and the saved list is fetched when opened.
    return saveConversation({ ...input, workspaceId: workspace.id, userId: user.id });
  },
);

export const renameConversationAction = createAction(
  { name: "renameConversationAction", schema: renameConversationSchema },
  async (input, { workspace }) => {
    await renameConversation({ ...input, workspaceId: workspace.id });
  },
);

export const deleteConversationAction = createAction(
  { name: "deleteConversationAction", schema: conversationIdSchema },
  async (input, { workspace }) => {
    await deleteConversation({ ...input, workspaceId: workspace.id });
  },
);

export const addToDatasetAction = createAction(
  { name: "addToDatasetAction", schema: addToDatasetSchema },
  async (input, { workspace, user }) => {
    // No revalidation: the dataset page renders fresh when opened, and a refresh here would reset the chat.
    return addAnswerToDataset({ ...input, workspaceId: workspace.id, userId: user.id });
  },
);
