/** The shape of a chat-tester conversation: what the page edits and what a saved conversation stores. */
import { z } from "zod";

export const MAX_COLUMNS = 4;
const MAX_TEXT = 100_000;

const nullableNumber = (min: number, max: number) => z.number().min(min).max(max).nullable();

export const chatParamsSchema = z.object({
  systemPrompt: z.string().max(MAX_TEXT),
  temperature: nullableNumber(0, 2),
  topP: nullableNumber(0, 1),
  maxTokens: z.number().int().min(1).max(128_000).nullable(),
  seed: z
    .number()
    .int()
    .min(-(2 ** 31))
    .max(2 ** 31 - 1)
    .nullable(),
});
export type ChatParams = z.infer<typeof chatParamsSchema>;

export const DEFAULT_PARAMS: ChatParams = {
  systemPrompt: "",
  temperature: null,
  topP: null,
  maxTokens: null,
  seed: null,
};

export const modelKindSchema = z.enum(["base", "fine_tuned", "checkpoint", "other"]);
export type ModelKind = z.infer<typeof modelKindSchema>;

/** Which model a column talks to, through which connection of the workspace. */
export const modelRefSchema = z.object({
  connectionId: z.string().min(1),
  connectionName: z.string(),
  model: z.string().trim().min(1).max(256),
  kind: modelKindSchema,
});
export type ModelRef = z.infer<typeof modelRefSchema>;

export const answerMetricsSchema = z.object({
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  ttftMs: z.number().nullable(),
  totalMs: z.number(),
  cost: z.number().nullable(),
});
export type AnswerMetrics = z.infer<typeof answerMetricsSchema>;

export const ratingSchema = z.enum(["better", "worse"]);
export type Rating = z.infer<typeof ratingSchema>;

export const chatTurnSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("user"), content: z.string().max(MAX_TEXT) }),
  z.object({
    role: z.literal("assistant"),
    content: z.string().max(MAX_TEXT),
    metrics: answerMetricsSchema.nullable(),
    rating: ratingSchema.nullable(),
    /** a provider failure reason (lib/providers/errors.ts) when the answer did not come */
    error: z.string().nullable(),
    stopped: z.boolean(),
  }),
]);
export type ChatTurn = z.infer<typeof chatTurnSchema>;
export type AssistantTurn = Extract<ChatTurn, { role: "assistant" }>;

export const chatColumnSchema = z.object({
  id: z.string().min(1).max(64),
  model: modelRefSchema.nullable(),
  params: chatParamsSchema,
  turns: z.array(chatTurnSchema).max(500),
});
export type ChatColumn = z.infer<typeof chatColumnSchema>;

/** A held-out example from a dataset version: the models' answers are compared with its expected answer. */
export const expectedExampleSchema = z.object({
  versionId: z.string(),
  label: z.string(),
  answer: z.string(),
});
export type ExpectedExample = z.infer<typeof expectedExampleSchema>;

export const chatStateSchema = z.object({
  columns: z.array(chatColumnSchema).min(1).max(MAX_COLUMNS),
  /** one input box sends to every column */
  sync: z.boolean(),
  /** every column uses the first column's parameters */
  sharedParams: z.boolean(),
  expected: expectedExampleSchema.nullable(),
});
export type ChatState = z.infer<typeof chatStateSchema>;

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
