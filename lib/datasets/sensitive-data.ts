/** Sensitive data in the messages of an example: found as warnings, and masked on request. */
import { findPii, maskPii, type PiiKind } from "@/lib/pii/detect";
import { isRecord } from "@/lib/training-data/chat-message";
import { type ExampleIssue, exampleWarning } from "@/lib/training-data/issues";
import { contentText } from "@/lib/training-data/tokens";

type Example = Record<string, unknown>;

/** The message lists of an example, by the field name its issues use. */
function messageLists(example: Example): Array<[string, unknown[]]> {
  const input = isRecord(example.input) ? example.input.messages : undefined;
  const lists: Array<[string, unknown]> = [
    ["messages", example.messages],
    ["input.messages", input],
    ["preferred_output", example.preferred_output],
    ["non_preferred_output", example.non_preferred_output],
  ];
  return lists.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
}

export function sensitiveDataIssues(example: Example): ExampleIssue[] {
  return messageLists(example).flatMap(([field, messages]) =>
    messages.flatMap((message, index) => {
      const kinds = new Set<PiiKind>(
        findPii(contentText(isRecord(message) ? message.content : null)).map((f) => f.kind),
      );
      return [...kinds].map((kind) => exampleWarning("sensitiveData", { field, message: index + 1, params: { kind } }));
    }),
  );
}

function maskContent(content: unknown): unknown {
  if (typeof content === "string") return maskPii(content);
  if (!Array.isArray(content)) return content;
  return content.map((part) =>
    isRecord(part) && typeof part.text === "string" ? { ...part, text: maskPii(part.text) } : part,
  );
}

function maskMessages(messages: unknown): unknown {
  if (!Array.isArray(messages)) return messages;
  return messages.map((message) =>
    isRecord(message) ? { ...message, content: maskContent(message.content) } : message,
  );
}

/** The example with every finding replaced by a placeholder such as [EMAIL]. */
export function maskExample(example: Example): Example {
  return {
    ...example,
    ...(example.messages !== undefined && { messages: maskMessages(example.messages) }),
    ...(isRecord(example.input) && { input: { ...example.input, messages: maskMessages(example.input.messages) } }),
    ...(example.preferred_output !== undefined && { preferred_output: maskMessages(example.preferred_output) }),
    ...(example.non_preferred_output !== undefined && {
      non_preferred_output: maskMessages(example.non_preferred_output),
    }),
  };
}
