import { describe, expect, it } from "vitest";
import { chatReducer, requestMessages } from "./reducer";
import { type ChatState, emptyState, MAX_COLUMNS } from "./state";

const model = { connectionId: "c", connectionName: "Sandbox", model: "gpt-4o-mini", kind: "base" as const };
const metrics = { inputTokens: 5, outputTokens: 7, ttftMs: 12, totalMs: 40, cost: 0.0001 };

function twoColumns(): ChatState {
  const added = chatReducer(emptyState(), { type: "addColumn" });
  return added.columns.reduce(
    (state, column) => chatReducer(state, { type: "setModel", columnId: column.id, model }),
    added,
  );
}

describe("chatReducer", () => {
  it("asks every chosen column, streams into each answer on its own, and keeps a failure in its column", () => {
    let state = twoColumns();
    const [first, second] = state.columns.map((column) => column.id) as [string, string];
    state = chatReducer(state, { type: "ask", columnIds: [first, second], text: "Hi" });
    state = chatReducer(state, { type: "delta", columnId: first, text: "Hel" });
    state = chatReducer(state, { type: "delta", columnId: first, text: "lo" });
    state = chatReducer(state, { type: "done", columnId: first, metrics });
    state = chatReducer(state, { type: "fail", columnId: second, reason: "rate_limited" });
    expect(state.columns[0]?.turns.at(-1)).toMatchObject({ content: "Hello", metrics, error: null });
    expect(state.columns[1]?.turns.at(-1)).toMatchObject({ content: "", metrics: null, error: "rate_limited" });
  });

  it("regenerates in place, rates one answer, and sends only settled answers back", () => {
    let state = twoColumns();
    const columnId = state.columns[0]?.id ?? "";
    state = chatReducer(state, { type: "ask", columnIds: [columnId], text: "Hi" });
    state = chatReducer(state, { type: "fail", columnId, reason: "timeout" });
    expect(requestMessages(state.columns[0]?.turns ?? [])).toEqual([{ role: "user", content: "Hi" }]);
    state = chatReducer(state, { type: "regenerate", columnId });
    state = chatReducer(state, { type: "delta", columnId, text: "Yes" });
    state = chatReducer(state, { type: "rate", columnId, turnIndex: 1, rating: "better" });
    expect(state.columns[0]?.turns).toEqual([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Yes", metrics: null, rating: "better", error: null, stopped: false },
    ]);
    expect(state.columns[1]?.turns).toEqual([]);
    expect(requestMessages(state.columns[0]?.turns ?? [])).toEqual([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Yes" },
    ]);
  });

  it("keeps between one and four columns", () => {
    let state = emptyState();
    for (let i = 0; i < 6; i++) state = chatReducer(state, { type: "addColumn" });
    expect(state.columns).toHaveLength(MAX_COLUMNS);
    for (const column of state.columns) state = chatReducer(state, { type: "removeColumn", columnId: column.id });
    expect(state.columns).toHaveLength(1);
  });
});
