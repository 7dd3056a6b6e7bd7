/** Token counting with the o200k_base encoding of the gpt-4o and gpt-4.1 families. */
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

// Text a person typed is counted as text, even when it looks like a special token such as <|endoftext|>.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

export function countTextTokens(text: string): number {
  return text ? countTokens(text, PLAIN_TEXT) : 0;
}

/** Message content as text: strings as they are, content parts by their text, anything else as JSON. */
export function contentText(content: unknown): string {
  if (content == null) return "";
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : ""))
      .join("");
  }
  return JSON.stringify(content);
}

/**
 * Tokens of a conversation, counted the way OpenAI's data-preparation cookbook does: 3 per message,
 * every value's tokens, 1 more for a name, and 3 to prime the reply.
 */
export function countChatTokens(messages: ReadonlyArray<Record<string, unknown>>): number {
  let total = 3;
  for (const message of messages) {
    total += 3;
    for (const [key, value] of Object.entries(message)) {
      if (key === "weight") continue;
      total += countTextTokens(
        key === "content" ? contentText(value) : typeof value === "string" ? value : JSON.stringify(value),
      );
      if (key === "name") total += 1;
    }
  }
  return total;
}
