/** Training examples for the similarity index, read from a chat-format JSONL training file. */
import type { Example } from "@/lib/text-similarity/similarity";
import { type JsonlLine, parseJsonlLines, parseJsonlStream } from "@/lib/training-data/jsonl";
import { contentText } from "@/lib/training-data/tokens";

type Message = { role?: unknown; content?: unknown; weight?: unknown };
type Parsed = { system: string; users: string[]; reply: string };

const instructionRoles = new Set(["system", "developer"]);

/**
 * One example per line that parses and has an assistant reply: the reply is the last assistant message
 * that was trained on (weight not 0) and has text, the prompt the system and user messages before it.
 * Earlier assistant turns are left out: they are replies, and the index compares questions.
 * When every example has the same system prompt it is left out too: it would match every example
 * equally, and only dilutes the words that tell them apart. Lines that don't fit are skipped, not
 * reported: the training file's validation reports them.
 */
export function examplesFromJsonl(text: string): Example[] {
  return examplesFrom([...parseJsonlLines(text)].map(parseEntry));
}

/** The same for a file read as a stream of text: only the examples are held, never the whole file. */
export async function examplesFromStream(chunks: AsyncIterable<string>): Promise<Example[]> {
  const parsed: (Parsed | null)[] = [];
  for await (const entry of parseJsonlStream(chunks)) parsed.push(parseEntry(entry));
  return examplesFrom(parsed);
}

function examplesFrom(lines: (Parsed | null)[]): Example[] {
  const parsed = lines.filter((example) => example !== null);
  const sharedSystem = parsed.every((example) => example.system === parsed[0]?.system);
  return parsed.map(({ system, users, reply }) => ({
    prompt: (sharedSystem ? users : [system, ...users]).filter(Boolean).join("\n"),
    reply,
  }));
}

function parseEntry(entry: JsonlLine): Parsed | null {
  const messages = "value" in entry ? messagesOf(entry.value) : null;
  if (!messages) return null;
  const replyAt = messages.findLastIndex(
    (message) => message.role === "assistant" && message.weight !== 0 && contentText(message.content).trim() !== "",
  );
  if (replyAt === -1) return null;
  const before = messages.slice(0, replyAt);
  const textsOf = (hasRole: (role: unknown) => boolean) =>
    before.filter((message) => hasRole(message.role)).map((message) => contentText(message.content));
  return {
    system: textsOf((role) => instructionRoles.has(String(role))).join("\n"),
    users: textsOf((role) => role === "user"),
    reply: contentText(messages[replyAt]?.content),
  };
}

function messagesOf(value: unknown): Message[] | null {
  const messages = value && typeof value === "object" && "messages" in value ? value.messages : null;
  return Array.isArray(messages) ? messages.filter((message) => message && typeof message === "object") : null;
}
