/** Checks one training example completely: everything OpenAI would refuse, what it would change, and its tokens. */

import { modelTakesImages, tokenLimitForModel } from "@/lib/models/limits";
import { chatExampleIssues } from "./chat-example";
import { isRecord, knownMessages } from "./chat-message";
import { dpoExampleIssues, dpoParts } from "./dpo-example";
import { type ExampleIssue, exampleWarning } from "./issues";
import { contentText, countChatTokens, countTextTokens } from "./tokens";

export type TrainingMethod = "supervised" | "dpo";

/** Answers longer than this are allowed, but rarely meant: they are usually a pasted document. */
const LONG_ANSWER_TOKENS = 4_000;
/** The documentation names both 10 and 64 as the most images per example; 10 is safe. */
const MAX_IMAGES = 10;

/**
 * All problems of one example, errors first in the order OpenAI would name them, then warnings, and the
 * tokens it trains on (before truncation). Tokens of a broken example are counted from what can be read.
 */
export function checkExample(
  value: unknown,
  options: { method: TrainingMethod; model: string },
): { issues: ExampleIssue[]; tokens: number } {
  const { issues, tokens, warnings } =
    options.method === "dpo" ? checkDpo(value, options.model) : checkChat(value, options.model);
  const limit = tokenLimitForModel(options.model);
  if (tokens > limit) warnings.push(exampleWarning("exampleTooLong", { params: { tokens, limit } }));
  return { issues: [...issues, ...warnings], tokens };
}

type Checked = { issues: ExampleIssue[]; tokens: number; warnings: ExampleIssue[] };

function checkChat(value: unknown, model: string): Checked {
  const issues = chatExampleIssues(value);
  if (!isRecord(value)) return { issues, tokens: 0, warnings: [] };
  const messages = Array.isArray(value.messages) ? value.messages : [];
  const known = knownMessages(messages);
  const warnings = answerWarnings(messages, "messages");
  if (known.length > 0 && !known.some((message) => message.role === "user")) {
    warnings.push(exampleWarning("noUserMessage"));
  }
  warnings.push(...imageWarnings(known, model));
  const tokens = countChatTokens(messages.filter(isRecord)) + toolTokens(value);
  return { issues, tokens, warnings };
}

// A preference example trains on its input and preferred answer; tool definitions are part of the prompt too.
function checkDpo(value: unknown, model: string): Checked {
  const issues = dpoExampleIssues(value);
  const parts = dpoParts(value);
  if (!parts) return { issues, tokens: 0, warnings: [] };
  const inputMessages = Array.isArray(parts.input?.messages) ? parts.input.messages : [];
  const preferred = Array.isArray(parts.preferred) ? parts.preferred : [];
  const nonPreferred = Array.isArray(parts.nonPreferred) ? parts.nonPreferred : [];
  const warnings = [
    ...answerWarnings(preferred, "preferred_output"),
    ...answerWarnings(nonPreferred, "non_preferred_output"),
  ];
  const last = knownMessages(inputMessages).at(-1);
  if (last && last.role !== "user")
    warnings.push(exampleWarning("inputNotEndingWithUser", { field: "input.messages" }));
  if (preferred.length > 0 && JSON.stringify(preferred) === JSON.stringify(nonPreferred)) {
    warnings.push(exampleWarning("outputsIdentical"));
  }
  const tokens = countChatTokens([...inputMessages, ...preferred].filter(isRecord)) + toolTokens(parts.input ?? {});
  warnings.push(...imageWarnings(knownMessages(inputMessages), model));
  return { issues, tokens, warnings };
}

/** Answers that say nothing (only spaces) or that are very long, in a list of messages. */
function answerWarnings(messages: unknown[], field: string): ExampleIssue[] {
  return messages.flatMap((message, index): ExampleIssue[] => {
    if (!isRecord(message) || message.role !== "assistant") return [];
    const text = contentText(message.content);
    const calls = message.tool_calls != null || message.function_call != null;
    if (text !== "" && text.trim() === "" && !calls) {
      return [exampleWarning("assistantAnswerEmpty", { message: index + 1, field })];
    }
    // A token is at least one byte, so most answers need no counting.
    if (Buffer.byteLength(text) <= LONG_ANSWER_TOKENS) return [];
    const tokens = countTextTokens(text);
    if (tokens <= LONG_ANSWER_TOKENS) return [];
    return [
      exampleWarning("assistantAnswerLong", { message: index + 1, field, params: { tokens, max: LONG_ANSWER_TOKENS } }),
    ];
  });
}

function imageWarnings(messages: ReturnType<typeof knownMessages>, model: string): ExampleIssue[] {
  const images = messages
    .flatMap((message) => (Array.isArray(message.content) ? message.content : []))
    .filter((part) => isRecord(part) && part.type === "image_url").length;
  const warnings: ExampleIssue[] = [];
  if (images > 0 && !modelTakesImages(model))
    warnings.push(exampleWarning("imagesNeedVisionModel", { params: { model } }));
  if (images > MAX_IMAGES)
    warnings.push(exampleWarning("tooManyImages", { params: { count: images, max: MAX_IMAGES } }));
  return warnings;
}

function toolTokens({ tools, functions }: Record<string, unknown>): number {
  return (
    (Array.isArray(tools) && tools.length > 0 ? countTextTokens(JSON.stringify(tools)) : 0) +
    (Array.isArray(functions) && functions.length > 0 ? countTextTokens(JSON.stringify(functions)) : 0)
  );
}
