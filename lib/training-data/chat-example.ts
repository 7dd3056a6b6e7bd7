/** The supervised (chat) format: one conversation per line, learned from its assistant messages. */
import { type ChatMessage, isRecord, messagesProblem, unknownKeyOf } from "./chat-message";
import type { ExampleProblem } from "./problems";

type FunctionDefinition = { name: string; description?: string; parameters?: Record<string, unknown> };
export type ChatTool = { type: "function"; function: FunctionDefinition };

export type ChatExample = {
  messages: ChatMessage[];
  tools?: ChatTool[] | null;
  parallel_tool_calls?: boolean | null;
  functions?: FunctionDefinition[] | null;
};

export type ParsedExample<T> = { example: T } | { problem: ExampleProblem };

const EXAMPLE_KEYS = ["messages", "tools", "parallel_tool_calls", "functions"];

export function parseChatExample(value: unknown): ParsedExample<ChatExample> {
  if (!isRecord(value)) return { problem: { where: null, text: "the example is not a JSON object." } };
  const unknownKey = unknownKeyOf(value, EXAMPLE_KEYS);
  if (unknownKey) {
    const text = `unknown key "${unknownKey}"; a supervised example may only have ${EXAMPLE_KEYS.join(", ")}.`;
    return { problem: { where: null, text } };
  }
  const problem =
    messagesProblem(value.messages, "messages", "message") ??
    toolsProblem(value, null) ??
    learningProblem(value.messages as ChatMessage[]);
  return problem ? { problem } : { example: value as ChatExample };
}

/** Problems of the optional tool fields of an example (or of a preference example's input). */
export function toolsProblem(value: Record<string, unknown>, where: string | null): ExampleProblem | null {
  const { tools, parallel_tool_calls, functions } = value;
  if (tools != null && !(Array.isArray(tools) && tools.every(isFunctionTool))) {
    return { where, text: 'tools must be an array of {"type": "function", "function": {"name"}}.' };
  }
  if (parallel_tool_calls != null && typeof parallel_tool_calls !== "boolean") {
    return { where, text: "parallel_tool_calls must be true or false." };
  }
  if (functions != null && !(Array.isArray(functions) && functions.every(hasName))) {
    return { where, text: 'functions must be an array of {"name"}.' };
  }
  return null;
}

function isFunctionTool(tool: unknown): boolean {
  return isRecord(tool) && tool.type === "function" && hasName(tool.function);
}

function hasName(definition: unknown): boolean {
  return isRecord(definition) && typeof definition.name === "string" && definition.name !== "";
}

// Weight 0 marks an assistant turn as context only, so an example needs one assistant turn that is trained on.
function learningProblem(messages: ChatMessage[]): ExampleProblem | null {
  const assistants = messages.filter((message) => message.role === "assistant");
  if (assistants.length === 0) return { where: null, text: "the example has no assistant message to learn from." };
  if (assistants.every((message) => message.weight === 0)) {
    return { where: null, text: "every assistant message has weight 0, so there is nothing to learn from." };
  }
  return null;
}
