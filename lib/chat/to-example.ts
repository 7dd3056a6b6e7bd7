/** Turns a column's conversation, up to one of its answers, into a chat training example. */
import type { ChatColumn } from "./state";

type ExampleMessage = { role: "system" | "user" | "assistant"; content: string };
type ChatExampleData = { messages: ExampleMessage[] };

/**
 * The example ends with the answer at `turnIndex`, or with `correctedAnswer` in its place. Answers that failed
 * or were stopped half-way are left out of the history before it: they are not what the model should learn.
 */
export function columnToExample(options: {
  column: Pick<ChatColumn, "turns">;
  systemPrompt: string;
  turnIndex: number;
  correctedAnswer?: string;
}): ChatExampleData {
  const { column, systemPrompt, turnIndex, correctedAnswer } = options;
  const target = column.turns[turnIndex];
  if (target?.role !== "assistant") throw new RangeError(`turn ${turnIndex} is not an answer`);
  const answer = (correctedAnswer ?? target.content).trim();
  if (!answer) throw new RangeError("the answer is empty");

  const messages: ExampleMessage[] = systemPrompt.trim() ? [{ role: "system", content: systemPrompt }] : [];
  for (const turn of column.turns.slice(0, turnIndex)) {
    if (turn.role === "user") messages.push({ role: "user", content: turn.content });
    else if (!turn.error && !turn.stopped && turn.content) messages.push({ role: "assistant", content: turn.content });
  }
  messages.push({ role: "assistant", content: answer });
  return { messages };
}
