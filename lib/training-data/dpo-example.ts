/** The preference (DPO) format: a conversation so far, and a preferred and a non-preferred answer to it. */
import { type ChatTool, type ParsedExample, toolsProblem } from "./chat-example";
import { type ChatMessage, isRecord, messagesProblem, unknownKeyOf } from "./chat-message";
import type { ExampleProblem } from "./problems";

type DpoExample = {
  input: { messages: ChatMessage[]; tools?: ChatTool[] | null; parallel_tool_calls?: boolean | null };
  preferred_output: ChatMessage[];
  non_preferred_output: ChatMessage[];
};

// OpenAI's 2025 spec called the outputs *_completion; the guides call them *_output. Both are accepted.
const EXAMPLE_KEYS = [
  "input",
  "preferred_output",
  "non_preferred_output",
  "preferred_completion",
  "non_preferred_completion",
];
const INPUT_KEYS = ["messages", "tools", "parallel_tool_calls"];

export function parseDpoExample(value: unknown): ParsedExample<DpoExample> {
  if (!isRecord(value)) return { problem: { where: null, text: "the example is not a JSON object." } };
  const unknownKey = unknownKeyOf(value, EXAMPLE_KEYS);
  if (unknownKey) {
    const text = `unknown key "${unknownKey}"; a preference example has input, preferred_output and non_preferred_output.`;
    return { problem: { where: null, text } };
  }
  const { input } = value;
  if (!isRecord(input)) return { problem: { where: null, text: 'input must be an object with "messages".' } };
  const inputKey = unknownKeyOf(input, INPUT_KEYS);
  if (inputKey) {
    const text = `unknown key "${inputKey}"; input may only have ${INPUT_KEYS.join(", ")}.`;
    return { problem: { where: "input", text } };
  }
  const preferred = value.preferred_output ?? value.preferred_completion;
  const nonPreferred = value.non_preferred_output ?? value.non_preferred_completion;
  const problem =
    messagesProblem(input.messages, "input.messages", "input message") ??
    toolsProblem(input, "input") ??
    outputProblem(preferred, "preferred_output") ??
    outputProblem(nonPreferred, "non_preferred_output");
  if (problem) return { problem };
  return {
    example: {
      input: input as DpoExample["input"],
      preferred_output: preferred as ChatMessage[],
      non_preferred_output: nonPreferred as ChatMessage[],
    },
  };
}

function outputProblem(value: unknown, field: string): ExampleProblem | null {
  const problem = messagesProblem(value, field, `${field} message`);
  if (problem) return problem;
  const messages = value as ChatMessage[];
  const index = messages.findIndex((message) => message.role !== "assistant" && message.role !== "tool");
  const stray = messages[index];
  if (stray) {
    return {
      where: `${field} message ${index + 1}`,
      text: `role "${stray.role}" is not allowed; an output holds assistant and tool messages.`,
    };
  }
  if (!messages.some((message) => message.role === "assistant")) {
    return { where: null, text: `${field} has no assistant message.` };
  }
  return null;
}
