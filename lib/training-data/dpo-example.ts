/** The preference (DPO) format: a conversation so far, and a preferred and a non-preferred answer to it. */
import { toolsIssues } from "./chat-example";
import { isRecord, knownMessages, messagesIssues, unknownKeysOf } from "./chat-message";
import { type ExampleIssue, exampleError } from "./issues";

// OpenAI's 2025 spec called the outputs *_completion; the guides call them *_output. Both are accepted.
const EXAMPLE_KEYS = [
  "input",
  "preferred_output",
  "non_preferred_output",
  "preferred_completion",
  "non_preferred_completion",
];
export const DPO_INPUT_KEYS = ["messages", "tools", "parallel_tool_calls"];

type DpoParts = { input: Record<string, unknown> | null; preferred: unknown; nonPreferred: unknown };

/** The parts of a preference example, under either name of its outputs; null when it is not an object. */
export function dpoParts(value: unknown): DpoParts | null {
  if (!isRecord(value)) return null;
  return {
    input: isRecord(value.input) ? value.input : null,
    preferred: value.preferred_output ?? value.preferred_completion,
    nonPreferred: value.non_preferred_output ?? value.non_preferred_completion,
  };
}

/** Every problem OpenAI would refuse a preference example for, in the order OpenAI would name the first. */
export function dpoExampleIssues(value: unknown): ExampleIssue[] {
  const parts = dpoParts(value);
  if (!parts || !isRecord(value)) return [exampleError("notObject")];
  const issues = unknownKeysOf(value, EXAMPLE_KEYS).map((key) => exampleError("unknownDpoKey", { params: { key } }));
  const { input } = parts;
  if (!input) issues.push(exampleError("inputNotObject", { field: "input" }));
  else {
    for (const key of unknownKeysOf(input, DPO_INPUT_KEYS)) {
      issues.push(exampleError("unknownInputKey", { field: "input", params: { key } }));
    }
    const empty = exampleError("inputMessagesEmpty", { field: "input.messages" });
    issues.push(
      ...messagesIssues(input.messages, "input.messages", empty),
      ...imageIssues(input.messages),
      ...toolsIssues(input, "input."),
    );
  }
  return [
    ...issues,
    ...outputIssues(parts.preferred, "preferred_output"),
    ...outputIssues(parts.nonPreferred, "non_preferred_output"),
  ];
}

function outputIssues(value: unknown, field: "preferred_output" | "non_preferred_output"): ExampleIssue[] {
  const output = field === "preferred_output" ? "preferred" : "non_preferred";
  const issues = messagesIssues(value, field, exampleError("outputEmpty", { field, params: { output } }));
  if (!Array.isArray(value) || value.length === 0) return issues;
  value.forEach((message: unknown, index) => {
    const [known] = knownMessages([message]);
    if (known && known.role !== "assistant" && known.role !== "tool") {
      const params = { role: JSON.stringify(known.role), output };
      issues.push(exampleError("outputRoleInvalid", { message: index + 1, field, params }));
    }
  });
  if (!knownMessages(value).some((message) => message.role === "assistant")) {
    issues.push(exampleError("outputNoAssistant", { field, params: { output } }));
  }
  return issues;
}

// Preference fine-tuning is text only; images outside user messages are already refused as such.
function imageIssues(messages: unknown): ExampleIssue[] {
  if (!Array.isArray(messages)) return [];
  return messages.flatMap((message: unknown, index) => {
    if (!isRecord(message) || message.role !== "user" || !Array.isArray(message.content)) return [];
    return message.content.flatMap((part: unknown, partIndex) =>
      isRecord(part) && part.type === "image_url"
        ? [exampleError("imageInDpo", { message: index + 1, field: "input.messages", params: { part: partIndex + 1 } })]
        : [],
    );
  });
}
