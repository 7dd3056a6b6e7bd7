/** The problems of one training example as codes with values, so each screen can put them in its own words. */
import { z } from "zod/mini";

/** Problems OpenAI refuses a training file for. */
const ERROR_CODES = [
  "notObject",
  "unknownExampleKey",
  "unknownDpoKey",
  "messagesEmpty",
  "inputNotObject",
  "unknownInputKey",
  "inputMessagesEmpty",
  "outputEmpty",
  "messageNotObject",
  "roleMissing",
  "roleUnknown",
  "unknownMessageKey",
  "contentMissing",
  "assistantContentMissing",
  "contentInvalid",
  "contentPartInvalid",
  "imageNotAllowed",
  "imageUrlInvalid",
  "imageInDpo",
  "nameInvalid",
  "weightNotAssistant",
  "weightInvalid",
  "toolCallsNotAssistant",
  "toolCallsInvalid",
  "functionCallNotAssistant",
  "functionCallInvalid",
  "toolCallIdMissing",
  "toolCallIdNotTool",
  "refusalInvalid",
  "outputRoleInvalid",
  "toolsInvalid",
  "parallelToolCallsInvalid",
  "functionsInvalid",
  "noAssistantMessage",
  "allWeightsZero",
  "outputNoAssistant",
] as const;

/** Accepted, but likely not what the author meant, or changed by the provider (truncated, skipped). */
const WARNING_CODES = [
  "assistantAnswerEmpty",
  "assistantAnswerLong",
  "exampleTooLong",
  "noUserMessage",
  "inputNotEndingWithUser",
  "outputsIdentical",
  "imagesNeedVisionModel",
  "tooManyImages",
  "sensitiveData",
] as const;

export const EXAMPLE_ISSUE_CODES = [...ERROR_CODES, ...WARNING_CODES] as const;
export type ExampleIssueCode = (typeof EXAMPLE_ISSUE_CODES)[number];
type ErrorCode = (typeof ERROR_CODES)[number];
type WarningCode = (typeof WARNING_CODES)[number];

/**
 * One problem. `message` is the 1-based index of the message it is in, within the list named by `field`
 * ("messages", "input.messages", "preferred_output", "non_preferred_output"); without `message`, `field`
 * names the part of the example ("tools", "input", "input.tools", ...), and neither means the whole example.
 */
export type ExampleIssue = {
  code: ExampleIssueCode;
  params?: Record<string, string | number>;
  message?: number;
  field?: string;
  severity: "error" | "warning";
};

/** An issue as stored with an example and sent to the editor. */
export const exampleIssueSchema = z.object({
  code: z.enum(EXAMPLE_ISSUE_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  message: z.optional(z.int()),
  field: z.optional(z.string()),
  severity: z.enum(["error", "warning"]),
}) satisfies z.ZodMiniType<ExampleIssue>;

type Location = Pick<ExampleIssue, "message" | "field" | "params">;

export function exampleError(code: ErrorCode, location: Location = {}): ExampleIssue {
  return { code, ...location, severity: "error" };
}

export function exampleWarning(code: WarningCode, location: Location = {}): ExampleIssue {
  return { code, ...location, severity: "warning" };
}
