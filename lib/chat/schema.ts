/** Inputs of the chat tester's server actions. */
import { z } from "zod";
import { chatColumnSchema, chatStateSchema } from "./state";

const conversationId = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(120);

export const saveConversationSchema = z.object({
  conversationId: conversationId.nullable(),
  title,
  state: chatStateSchema,
});

export const renameConversationSchema = z.object({ conversationId, title });
export const conversationIdSchema = z.object({ conversationId });

export const addToDatasetSchema = z.object({
  datasetId: z.string().min(1).max(64),
  turns: chatColumnSchema.shape.turns,
  systemPrompt: z.string().max(100_000),
  turnIndex: z.number().int().min(0),
  /** the answer as corrected by the person; the model's own answer when absent */
  correctedAnswer: z.string().trim().min(1).max(100_000).optional(),
});
