/** Reads a version's held-out examples as chat-tester starting points: the question, its history, the expected answer. */
import { parseJsonlLines } from "@/lib/training-data/jsonl";
import type { ChatTurn } from "./state";

export type HeldOutExample = {
  line: number;
  label: string;
  systemPrompt: string;
  /** the turns before the last question (earlier answers included as they are in the file) */
  history: ChatTurn[];
  question: string;
  answer: string;
};

const MAX_EXAMPLES = 200;

function textOf(content: unknown): string | null {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return null;
  const parts = content.flatMap((part) =>
    part && typeof part === "object" && "text" in part && typeof part.text === "string" ? [part.text] : [],
  );
  return parts.length ? parts.join("") : null;
}

type Message = { role: string; content: string };

function messagesOf(value: unknown): Message[] | null {
  if (!value || typeof value !== "object" || !("messages" in value) || !Array.isArray(value.messages)) return null;
  const messages: Message[] = [];
  for (const message of value.messages) {
    const role = message && typeof message === "object" && "role" in message ? message.role : null;
    const content = message && typeof message === "object" && "content" in message ? textOf(message.content) : null;
    if (typeof role !== "string" || content === null) return null;
    messages.push({ role, content });
  }
  return messages;
}

function toHeldOut(line: number, messages: Message[]): HeldOutExample | null {
  const answerAt = messages.findLastIndex((message) => message.role === "assistant");
  const questionAt = messages.slice(0, answerAt).findLastIndex((message) => message.role === "user");
  const answer = messages[answerAt];
  const question = messages[questionAt];
  if (!answer || !question) return null;
  const systemPrompt = messages.find((message) => message.role === "system")?.content ?? "";
  const history = messages.slice(0, questionAt).flatMap((message): ChatTurn[] => {
    if (message.role === "user") return [{ role: "user", content: message.content }];
    if (message.role !== "assistant") return [];
    return [{ role: "assistant", content: message.content, metrics: null, rating: null, error: null, stopped: false }];
  });
  const label = question.content.replace(/\s+/g, " ").trim().slice(0, 120);
  return { line, label, systemPrompt, history, question: question.content, answer: answer.content };
}

/** The chat examples of a JSONL file (the first 200), skipping lines that are not chat examples with an answer. */
export function heldOutExamples(jsonl: string): HeldOutExample[] {
  const examples: HeldOutExample[] = [];
  for (const parsed of parseJsonlLines(jsonl)) {
    if (examples.length >= MAX_EXAMPLES) break;
    if (!("value" in parsed)) continue;
    const { line, value } = parsed;
    const messages = messagesOf(value);
    const example = messages && toHeldOut(line, messages);
    if (example) examples.push(example);
  }
  return examples;
}

/** The system prompt of a file's first example, the one a job trained with. */
export function firstSystemPrompt(jsonl: string): string {
  for (const parsed of parseJsonlLines(jsonl)) {
    if (!("value" in parsed)) return "";
    return messagesOf(parsed.value)?.find((message) => message.role === "system")?.content ?? "";
  }
  return "";
}
