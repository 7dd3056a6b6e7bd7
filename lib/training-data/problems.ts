/** The English words of training-file errors, as the Sandbox reports them in a failed job (like OpenAI does). */
import { CHAT_EXAMPLE_KEYS } from "./chat-example";
import { MESSAGE_KEYS } from "./chat-message";
import { DPO_INPUT_KEYS } from "./dpo-example";
import type { ExampleIssue, ExampleIssueCode } from "./issues";

export type FilePurpose = "training" | "validation";

export const MIN_TRAINING_EXAMPLES = 10;

const MESSAGE_LABELS: Record<string, string> = {
  messages: "message",
  "input.messages": "input message",
  preferred_output: "preferred_output message",
  non_preferred_output: "non_preferred_output message",
};

// Problems of a preference example's input are said to be in the input, except its empty message list.
const IN_INPUT = new Set(["input", "input.tools", "input.parallel_tool_calls"]);

type Params = Record<string, string | number>;
const TEXTS: Record<ExampleIssueCode, (params: Params) => string> = {
  notObject: () => "the example is not a JSON object.",
  unknownExampleKey: ({ key }) =>
    `unknown key "${key}"; a supervised example may only have ${CHAT_EXAMPLE_KEYS.join(", ")}.`,
  unknownDpoKey: ({ key }) =>
    `unknown key "${key}"; a preference example has input, preferred_output and non_preferred_output.`,
  messagesEmpty: () => "messages must be a non-empty array.",
  inputNotObject: () => 'input must be an object with "messages".',
  unknownInputKey: ({ key }) => `unknown key "${key}"; input may only have ${DPO_INPUT_KEYS.join(", ")}.`,
  inputMessagesEmpty: () => "input.messages must be a non-empty array.",
  outputEmpty: ({ output }) => `${output}_output must be a non-empty array.`,
  messageNotObject: () => "the message is not a JSON object.",
  roleMissing: () => "the message has no role.",
  roleUnknown: ({ role, allowed }) => `role ${role} is not one of ${allowed}.`,
  unknownMessageKey: ({ key }) => `unknown key "${key}"; a message may only have ${MESSAGE_KEYS.join(", ")}.`,
  contentMissing: () => "the message has no content.",
  assistantContentMissing: () => "the assistant message has no content, tool_calls or function_call.",
  contentInvalid: () => "content must be a string or an array of content parts.",
  contentPartInvalid: ({ part }) =>
    `content part ${part} is neither {"type": "text", "text"} nor {"type": "image_url", "image_url": {"url"}}.`,
  imageNotAllowed: ({ part }) => `content part ${part}: only user messages may contain images.`,
  imageUrlInvalid: ({ part }) =>
    `content part ${part}: the image url must be an https URL or a base64 data URI of a JPEG, PNG or WEBP image.`,
  imageInDpo: ({ part }) => `content part ${part}: preference examples may not contain images.`,
  nameInvalid: () => "name must be a string.",
  weightNotAssistant: () => "weight is only allowed on assistant messages.",
  weightInvalid: () => "weight must be 0 or 1.",
  toolCallsNotAssistant: () => "tool_calls are only allowed on assistant messages.",
  toolCallsInvalid: () =>
    'tool_calls must be an array of {"id", "type": "function", "function": {"name", "arguments"}}.',
  functionCallNotAssistant: () => "function_call is only allowed on assistant messages.",
  functionCallInvalid: () => 'function_call must be {"name", "arguments"}.',
  toolCallIdMissing: () => "a tool message needs a tool_call_id.",
  toolCallIdNotTool: () => "tool_call_id is only allowed on tool messages.",
  refusalInvalid: () => "refusal must be a string on an assistant message.",
  outputRoleInvalid: ({ role }) => `role ${role} is not allowed; an output holds assistant and tool messages.`,
  toolsInvalid: () => 'tools must be an array of {"type": "function", "function": {"name"}}.',
  parallelToolCallsInvalid: () => "parallel_tool_calls must be true or false.",
  functionsInvalid: () => 'functions must be an array of {"name"}.',
  noAssistantMessage: () => "the example has no assistant message to learn from.",
  allWeightsZero: () => "every assistant message has weight 0, so there is nothing to learn from.",
  outputNoAssistant: ({ output }) => `${output}_output has no assistant message.`,
  assistantAnswerEmpty: () => "the assistant answer is only white space.",
  assistantAnswerLong: ({ tokens, max }) => `the assistant answer has ${tokens} tokens, more than ${max}.`,
  exampleTooLong: ({ tokens, limit }) => `the example has ${tokens} tokens; only the first ${limit} are trained on.`,
  noUserMessage: () => "the example has no user message.",
  inputNotEndingWithUser: () => "the input does not end with a user message.",
  outputsIdentical: () => "the preferred and the non-preferred output are the same.",
  imagesNeedVisionModel: ({ model }) => `${model} cannot be fine-tuned on images.`,
  tooManyImages: ({ count, max }) => `the example has ${count} images, more than ${max}.`,
  sensitiveData: ({ kind }) => `the message contains sensitive data (${kind}).`,
};

/** Where an issue is ("message 2", "input"), or null for the example as a whole. */
function issueWhere(issue: ExampleIssue): string | null {
  if (issue.message !== undefined && issue.field)
    return `${MESSAGE_LABELS[issue.field] ?? issue.field} ${issue.message}`;
  return issue.field && IN_INPUT.has(issue.field) ? "input" : null;
}

export function fileErrorMessage(purpose: FilePurpose, detail: string): string {
  return `The job failed due to an invalid ${purpose} file. ${detail}`;
}

export function exampleIssueDetail(line: number, issue: ExampleIssue): string {
  const where = issueWhere(issue);
  return `Line ${line}${where ? `, ${where}` : ""}: ${TEXTS[issue.code](issue.params ?? {})}`;
}

export function invalidJsonDetail(line: number, error: string): string {
  return `Line ${line} is not valid JSON: ${error}`;
}

export function emptyFileDetail(purpose: FilePurpose): string {
  return `The ${purpose} file has no examples.`;
}

export function tooFewExamplesDetail(examples: number): string {
  return `The training file has ${examples} example${examples === 1 ? "" : "s"}, but at least ${MIN_TRAINING_EXAMPLES} are required.`;
}
