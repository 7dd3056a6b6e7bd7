/** The chat tester's conversations as zod schemas (their types live in ./state), and its server actions' inputs. */
import { z } from "zod";
import { MAX_COLUMNS, MAX_TEXT } from "./state";

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

export const modelKindSchema = z.enum(["base", "fine_tuned", "checkpoint", "other"]);

/** Which model a column talks to, through which connection of the workspace. */
export const modelRefSchema = z.object({
  connectionId: z.string().min(1),
  connectionName: z.string(),
  model: z.string().trim().min(1).max(256),
  kind: modelKindSchema,
});

export const answerMetricsSchema = z.object({
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  ttftMs: z.number().nullable(),
  totalMs: z.number(),
  cost: z.number().nullable(),
});

export const ratingSchema = z.enum(["better", "worse"]);

export const chatTurnSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("user"), content: z.string().max(MAX_TEXT) }),
  z.object({
    role: z.literal("assistant"),
    content: z.string().max(MAX_TEXT),
    metrics: answerMetricsSchema.nullable(),
    rating: ratingSchema.nullable(),
    /** a provider failure reason (lib/providers/errors.ts) when the answer did not come */
    error: z.string().nullable(),
    /** the server's reference for an unexpected failure, to quote to whoever runs the installation */
    errorRef: z.string().max(32).optional(),
    stopped: z.boolean(),
  }),
]);

export const chatColumnSchema = z.object({
  id: z.string().min(1).max(64),
  model: modelRefSchema.nullable(),
  params: chatParamsSchema,
  turns: z.array(chatTurnSchema).max(500),
});

/** A held-out example from a dataset version: the models' answers are compared with its expected answer. */
export const expectedExampleSchema = z.object({
  versionId: z.string(),
  label: z.string(),
  answer: z.string(),
});

export const chatStateSchema = z.object({
  columns: z.array(chatColumnSchema).min(1).max(MAX_COLUMNS),
  /** one input box sends to every column */
  sync: z.boolean(),
  /** every column uses the first column's parameters */
  sharedParams: z.boolean(),
  expected: expectedExampleSchema.nullable(),
});

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
