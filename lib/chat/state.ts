/** The shape of a chat-tester conversation: what the page edits and what a saved conversation stores. */
import type { z } from "zod";
import type {
  answerMetricsSchema,
  chatColumnSchema,
  chatParamsSchema,
  chatStateSchema,
  chatTurnSchema,
  expectedExampleSchema,
  modelKindSchema,
  modelRefSchema,
  ratingSchema,
} from "./schema";

export const MAX_COLUMNS = 4;
export const MAX_TEXT = 100_000;

export type ChatParams = z.infer<typeof chatParamsSchema>;
export type ModelKind = z.infer<typeof modelKindSchema>;
export type ModelRef = z.infer<typeof modelRefSchema>;
export type AnswerMetrics = z.infer<typeof answerMetricsSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type ChatTurn = z.infer<typeof chatTurnSchema>;
export type AssistantTurn = Extract<ChatTurn, { role: "assistant" }>;
export type ChatColumn = z.infer<typeof chatColumnSchema>;
export type ExpectedExample = z.infer<typeof expectedExampleSchema>;
export type ChatState = z.infer<typeof chatStateSchema>;

export const DEFAULT_PARAMS: ChatParams = {
  systemPrompt: "",
  temperature: null,
  topP: null,
  maxTokens: null,
  seed: null,
};

/** The parameters that apply to a column: its own, or the first column's when they are shared. */
export function effectiveParams(state: ChatState, column: ChatColumn): ChatParams {
  return state.sharedParams ? (state.columns[0]?.params ?? column.params) : column.params;
}

/** Column ids only tell columns of one conversation apart (crypto.randomUUID is missing on plain-http pages). */
function columnId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newColumn(model: ModelRef | null = null, systemPrompt = ""): ChatColumn {
  return { id: columnId(), model, params: { ...DEFAULT_PARAMS, systemPrompt }, turns: [] };
}

export function emptyState(): ChatState {
  return { columns: [newColumn()], sync: true, sharedParams: false, expected: null };
}
