/** One chat message of a training example, checked against what OpenAI's fine-tuning accepts. */
import type { ExampleProblem } from "./problems";

const CHAT_ROLES = ["system", "developer", "user", "assistant", "tool", "function"] as const;
type ChatRole = (typeof CHAT_ROLES)[number];

type ContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string; detail?: "low" | "high" | "auto" } };
type FunctionCall = { name: string; arguments: string };

export type ChatMessage = {
  role: ChatRole;
  content?: string | ContentPart[] | null;
  name?: string | null;
  weight?: 0 | 1 | null;
  tool_calls?: Array<{ id: string; type: "function"; function: FunctionCall }> | null;
  tool_call_id?: string | null;
  function_call?: FunctionCall | null;
  refusal?: string | null;
};

const MESSAGE_KEYS = ["role", "content", "name", "weight", "tool_calls", "tool_call_id", "function_call", "refusal"];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function unknownKeyOf(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}

/** The first problem in a list of messages; `label` names one of them in the text ("input message"). */
export function messagesProblem(value: unknown, field: string, label: string): ExampleProblem | null {
  if (!Array.isArray(value) || value.length === 0) return { where: null, text: `${field} must be a non-empty array.` };
  for (const [index, message] of value.entries()) {
    const text = messageProblem(message);
    if (text) return { where: `${label} ${index + 1}`, text };
  }
  return null;
}

function messageProblem(message: unknown): string | null {
  if (!isRecord(message)) return "the message is not a JSON object.";
  const { role } = message;
  if (role === undefined) return "the message has no role.";
  if (!isChatRole(role)) return `role ${JSON.stringify(role)} is not one of ${CHAT_ROLES.join(", ")}.`;
  const unknownKey = unknownKeyOf(message, MESSAGE_KEYS);
  if (unknownKey) return `unknown key "${unknownKey}"; a message may only have ${MESSAGE_KEYS.join(", ")}.`;
  return contentProblem(role, message) ?? fieldProblem(role, message);
}

function isChatRole(role: unknown): role is ChatRole {
  return CHAT_ROLES.some((known) => known === role);
}

// Like OpenAI's cookbook check, empty content counts as missing: there is nothing to read or learn.
function contentProblem(role: ChatRole, message: Record<string, unknown>): string | null {
  const { content } = message;
  if (content == null || content === "" || (Array.isArray(content) && content.length === 0)) {
    if (role !== "assistant") return "the message has no content.";
    return message.tool_calls != null || message.function_call != null
      ? null
      : "the assistant message has no content, tool_calls or function_call.";
  }
  if (typeof content === "string") return null;
  if (!Array.isArray(content)) return "content must be a string or an array of content parts.";
  for (const [index, part] of content.entries()) {
    const kind = contentPartKind(part);
    if (!kind) {
      return `content part ${index + 1} is neither {"type": "text", "text"} nor {"type": "image_url", "image_url": {"url"}}.`;
    }
    if (kind === "image_url" && role !== "user") {
      return `content part ${index + 1}: only user messages may contain images.`;
    }
  }
  return null;
}

function contentPartKind(part: unknown): ContentPart["type"] | null {
  if (!isRecord(part)) return null;
  if (part.type === "text" && typeof part.text === "string") return "text";
  const isImage = part.type === "image_url" && isRecord(part.image_url) && typeof part.image_url.url === "string";
  return isImage ? "image_url" : null;
}

// Null optional fields are treated as absent: exports of chat logs often carry `"tool_calls": null`.
function fieldProblem(role: ChatRole, message: Record<string, unknown>): string | null {
  const { name, weight, tool_calls, tool_call_id, function_call, refusal } = message;
  if (name != null && typeof name !== "string") return "name must be a string.";
  if (weight != null && role !== "assistant") return "weight is only allowed on assistant messages.";
  if (weight != null && weight !== 0 && weight !== 1) return "weight must be 0 or 1.";
  if (tool_calls != null && role !== "assistant") return "tool_calls are only allowed on assistant messages.";
  if (tool_calls != null && !(Array.isArray(tool_calls) && tool_calls.every(isToolCall))) {
    return 'tool_calls must be an array of {"id", "type": "function", "function": {"name", "arguments"}}.';
  }
  if (function_call != null && role !== "assistant") return "function_call is only allowed on assistant messages.";
  if (function_call != null && !isFunctionCall(function_call)) return 'function_call must be {"name", "arguments"}.';
  if (role === "tool" && (typeof tool_call_id !== "string" || tool_call_id === "")) {
    return "a tool message needs a tool_call_id.";
  }
  if (tool_call_id != null && role !== "tool") return "tool_call_id is only allowed on tool messages.";
  if (refusal != null && (role !== "assistant" || typeof refusal !== "string")) {
    return "refusal must be a string on an assistant message.";
  }
  return null;
}

function isToolCall(call: unknown): boolean {
  return isRecord(call) && typeof call.id === "string" && call.type === "function" && isFunctionCall(call.function);
}

function isFunctionCall(call: unknown): boolean {
  return isRecord(call) && typeof call.name === "string" && typeof call.arguments === "string";
}
