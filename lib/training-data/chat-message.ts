/** One chat message of a training example, checked against what OpenAI's fine-tuning accepts. */
import { type ExampleIssue, exampleError } from "./issues";

const CHAT_ROLES = ["system", "developer", "user", "assistant", "tool", "function"] as const;
type ChatRole = (typeof CHAT_ROLES)[number];

type ContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string; detail?: "low" | "high" | "auto" } };
type FunctionCall = { name: string; arguments: string };

type ChatMessage = {
  role: ChatRole;
  content?: string | ContentPart[] | null;
  name?: string | null;
  weight?: 0 | 1 | null;
  tool_calls?: Array<{ id: string; type: "function"; function: FunctionCall }> | null;
  tool_call_id?: string | null;
  function_call?: FunctionCall | null;
  refusal?: string | null;
};

export const MESSAGE_KEYS = [
  "role",
  "content",
  "name",
  "weight",
  "tool_calls",
  "tool_call_id",
  "function_call",
  "refusal",
];

// OpenAI reads images from https URLs or base64 data URIs of JPEG, PNG or WEBP.
const IMAGE_URL = /^(https:\/\/|data:image\/(jpeg|jpg|png|webp);base64,)/i;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function unknownKeysOf(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((key) => !allowed.includes(key));
}

/** The messages of a list that are objects with a known role: what the later checks can reason about. */
export function knownMessages(value: unknown): ChatMessage[] {
  return Array.isArray(value) ? value.filter((message) => isRecord(message) && isChatRole(message.role)) : [];
}

/** Every problem of every message of a list; `field` names the list, `empty` is the issue when it has none. */
export function messagesIssues(value: unknown, field: string, empty: ExampleIssue): ExampleIssue[] {
  if (!Array.isArray(value) || value.length === 0) return [empty];
  return value.flatMap((message, index) =>
    messageIssues(message).map((issue) => ({ ...issue, message: index + 1, field })),
  );
}

function messageIssues(message: unknown): ExampleIssue[] {
  if (!isRecord(message)) return [exampleError("messageNotObject")];
  const { role } = message;
  const issues: ExampleIssue[] = [];
  if (role === undefined) issues.push(exampleError("roleMissing"));
  else if (!isChatRole(role)) {
    issues.push(
      exampleError("roleUnknown", { params: { role: JSON.stringify(role), allowed: CHAT_ROLES.join(", ") } }),
    );
  }
  for (const key of unknownKeysOf(message, MESSAGE_KEYS))
    issues.push(exampleError("unknownMessageKey", { params: { key } }));
  if (!isChatRole(role)) return issues;
  return [...issues, ...contentIssues(role, message), ...fieldIssues(role, message)];
}

function isChatRole(role: unknown): role is ChatRole {
  return CHAT_ROLES.some((known) => known === role);
}

// Like OpenAI's cookbook check, empty content counts as missing: there is nothing to read or learn.
function contentIssues(role: ChatRole, message: Record<string, unknown>): ExampleIssue[] {
  const { content } = message;
  if (content == null || content === "" || (Array.isArray(content) && content.length === 0)) {
    if (role !== "assistant") return [exampleError("contentMissing")];
    return message.tool_calls != null || message.function_call != null ? [] : [exampleError("assistantContentMissing")];
  }
  if (typeof content === "string") return [];
  if (!Array.isArray(content)) return [exampleError("contentInvalid")];
  return content.flatMap((part: unknown, index) => {
    const params = { part: index + 1 };
    if (!isRecord(part)) return [exampleError("contentPartInvalid", { params })];
    if (part.type === "text" && typeof part.text === "string") return [];
    if (part.type !== "image_url" || !isRecord(part.image_url) || typeof part.image_url.url !== "string") {
      return [exampleError("contentPartInvalid", { params })];
    }
    if (role !== "user") return [exampleError("imageNotAllowed", { params })];
    return IMAGE_URL.test(part.image_url.url) ? [] : [exampleError("imageUrlInvalid", { params })];
  });
}

// Null optional fields are treated as absent: exports of chat logs often carry `"tool_calls": null`.
function fieldIssues(role: ChatRole, message: Record<string, unknown>): ExampleIssue[] {
  const { name, weight, tool_calls, tool_call_id, function_call, refusal } = message;
  const issues: ExampleIssue[] = [];
  const check = (failed: boolean, code: Parameters<typeof exampleError>[0]) => {
    if (failed) issues.push(exampleError(code));
  };
  check(name != null && typeof name !== "string", "nameInvalid");
  check(weight != null && role !== "assistant", "weightNotAssistant");
  check(weight != null && role === "assistant" && weight !== 0 && weight !== 1, "weightInvalid");
  check(tool_calls != null && role !== "assistant", "toolCallsNotAssistant");
  check(
    tool_calls != null && role === "assistant" && !(Array.isArray(tool_calls) && tool_calls.every(isToolCall)),
    "toolCallsInvalid",
  );
  check(function_call != null && role !== "assistant", "functionCallNotAssistant");
  check(function_call != null && role === "assistant" && !isFunctionCall(function_call), "functionCallInvalid");
  check(role === "tool" && (typeof tool_call_id !== "string" || tool_call_id === ""), "toolCallIdMissing");
  check(tool_call_id != null && role !== "tool", "toolCallIdNotTool");
  check(refusal != null && (role !== "assistant" || typeof refusal !== "string"), "refusalInvalid");
  return issues;
}

function isToolCall(call: unknown): boolean {
  return isRecord(call) && typeof call.id === "string" && call.type === "function" && isFunctionCall(call.function);
}

function isFunctionCall(call: unknown): boolean {
  return isRecord(call) && typeof call.name === "string" && typeof call.arguments === "string";
}
