/** What changed between two versions' examples: added, removed, and answers changed for the same question. */
import { isRecord } from "@/lib/training-data/chat-message";
import { contentText } from "@/lib/training-data/tokens";
import { questionOf } from "./dedupe";
import { conversationOf } from "./split";

/** Enough to read through; the counts always cover every example. */
const MAX_ITEMS = 200;

type DiffItem = { kind: "added" | "removed" | "changed"; question: string; before?: string; after?: string };

type ExamplesDiff = {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  items: DiffItem[];
};

/**
 * Compares two versions' JSON lines as multisets: a line in both is unchanged, however it moved. A new line
 * whose question is that of a line that went is the same example with a changed answer (or prompt).
 * Items come changed first, then removed, then added, each in its version's order.
 */
export function diffExamples(from: readonly string[], to: readonly string[]): ExamplesDiff {
  const left = new Map<string, number>();
  for (const line of from) left.set(line, (left.get(line) ?? 0) + 1);
  const fresh: string[] = [];
  for (const line of to) {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    else fresh.push(line);
  }
  const gone = from.filter((line) => {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    return count > 0;
  });

  const goneByQuestion = new Map<string, Array<Record<string, unknown>>>();
  const goneExamples = gone.map(parse);
  for (const example of goneExamples) {
    const question = questionOf(example);
    if (question === "") continue;
    const same = goneByQuestion.get(question);
    if (same) same.push(example);
    else goneByQuestion.set(question, [example]);
  }
  const changed: DiffItem[] = [];
  const added: DiffItem[] = [];
  const paired = new Set<Record<string, unknown>>();
  for (const example of fresh.map(parse)) {
    const question = questionOf(example);
    const before = goneByQuestion.get(question)?.find((candidate) => !paired.has(candidate));
    if (before) {
      paired.add(before);
      changed.push({ kind: "changed", question, before: answerOf(before), after: answerOf(example) });
    } else {
      added.push({ kind: "added", question, after: answerOf(example) });
    }
  }
  const removed: DiffItem[] = goneExamples
    .filter((example) => !paired.has(example))
    .map((example) => ({ kind: "removed", question: questionOf(example), before: answerOf(example) }));

  return {
    added: added.length,
    removed: removed.length,
    changed: changed.length,
    unchanged: to.length - fresh.length,
    items: [...changed, ...removed, ...added].slice(0, MAX_ITEMS),
  };
}

/** Frozen lines are valid JSON objects; anything else reads as an example without messages. */
function parse(line: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/** The answer trained on: a chat's last assistant message, or a DPO example's preferred output. */
function answerOf(example: Record<string, unknown>): string {
  const messages = Array.isArray(example.preferred_output) ? example.preferred_output : conversationOf(example);
  const answer = messages.findLast((message) => isRecord(message) && message.role === "assistant");
  return isRecord(answer) ? contentText(answer.content) : "";
}
