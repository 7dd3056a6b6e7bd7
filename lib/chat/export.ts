/** A conversation as JSONL: one line per column, in the chat format plus the column's model and parameters. */
import { type ChatState, effectiveParams } from "./state";

export function conversationJsonl(state: ChatState): string {
  const lines = state.columns.map((column) => {
    const params = effectiveParams(state, column);
    const system = params.systemPrompt.trim() ? [{ role: "system", content: params.systemPrompt }] : [];
    const turns = column.turns.flatMap((turn) => {
      if (turn.role === "user") return [{ role: "user", content: turn.content }];
      if (turn.error) return [];
      return [{ role: "assistant", content: turn.content, ...(turn.rating && { rating: turn.rating }) }];
    });
    const { systemPrompt: _, ...sampling } = params;
    return JSON.stringify({
      model: column.model?.model ?? null,
      connection: column.model?.connectionName ?? null,
      parameters: sampling,
      messages: [...system, ...turns],
    });
  });
  return `${lines.join("\n")}\n`;
}
