/** The supervised (chat) format: one conversation per line, learned from its assistant messages. */
import { isRecord, knownMessages, messagesIssues, unknownKeysOf } from "./chat-message";
import { type ExampleIssue, exampleError } from "./issues";

export const CHAT_EXAMPLE_KEYS = ["messages", "tools", "parallel_tool_calls", "functions"];

/** Every problem OpenAI would refuse a supervised example for, in the order OpenAI would name the first. */
export function chatExampleIssues(value: unknown): ExampleIssue[] {
  if (!isRecord(value)) return [exampleError("notObject")];
  return [
    ...unknownKeysOf(value, CHAT_EXAMPLE_KEYS).map((key) => exampleError("unknownExampleKey", { params: { key } })),
    ...messagesIssues(value.messages, "messages", exampleError("messagesEmpty", { field: "messages" })),
    ...toolsIssues(value, ""),
    ...learningIssues(value.messages),
  ];
}

/** Problems of the optional tool fields of an example, or (with prefix "input.") of a preference example's input. */
export function toolsIssues(value: Record<string, unknown>, prefix: "" | "input."): ExampleIssue[] {
  const { tools, parallel_tool_calls, functions } = value;
  const issues: ExampleIssue[] = [];
  if (tools != null && !(Array.isArray(tools) && tools.every(isFunctionTool))) {
    issues.push(exampleError("toolsInvalid", { field: `${prefix}tools` }));
  }
  if (parallel_tool_calls != null && typeof parallel_tool_calls !== "boolean") {
    issues.push(exampleError("parallelToolCallsInvalid", { field: `${prefix}parallel_tool_calls` }));
  }
  if (functions != null && !(Array.isArray(functions) && functions.every(hasName))) {
    issues.push(exampleError("functionsInvalid", { field: `${prefix}functions` }));
  }
  return issues;
}

function isFunctionTool(tool: unknown): boolean {
  return isRecord(tool) && tool.type === "function" && hasName(tool.function);
}

function hasName(definition: unknown): boolean {
  return isRecord(definition) && typeof definition.name === "string" && definition.name !== "";
}

// Weight 0 marks an assistant turn as context only, so an example needs one assistant turn that is trained on.
function learningIssues(value: unknown): ExampleIssue[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const assistants = knownMessages(value).filter((message) => message.role === "assistant");
  if (assistants.length === 0) return [exampleError("noAssistantMessage")];
  if (assistants.every((message) => message.weight === 0)) return [exampleError("allWeightsZero")];
  return [];
}
