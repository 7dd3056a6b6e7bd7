/** Every change the chat page makes to a conversation, as one pure reducer. */
import type { HeldOutExample } from "./held-out";
import {
  type AnswerMetrics,
  type AssistantTurn,
  type ChatColumn,
  type ChatParams,
  type ChatState,
  MAX_COLUMNS,
  type ModelRef,
  newColumn,
  type Rating,
} from "./state";

export type ChatAction =
  | { type: "replace"; state: ChatState }
  | { type: "addColumn" }
  | { type: "removeColumn"; columnId: string }
  | { type: "setModel"; columnId: string; model: ModelRef }
  | { type: "setParams"; columnId: string; params: ChatParams }
  | { type: "setSync"; sync: boolean }
  | { type: "setSharedParams"; sharedParams: boolean }
  | { type: "ask"; columnIds: string[]; text: string }
  | { type: "regenerate"; columnId: string }
  | { type: "delta"; columnId: string; text: string }
  | { type: "done"; columnId: string; metrics: AnswerMetrics }
  | { type: "fail"; columnId: string; reason: string; ref?: string }
  | { type: "stop"; columnId: string }
  | { type: "rate"; columnId: string; turnIndex: number; rating: Rating | null }
  | { type: "useExample"; example: HeldOutExample; versionId: string };

const pendingAnswer = (): AssistantTurn => ({
  role: "assistant",
  content: "",
  metrics: null,
  rating: null,
  error: null,
  stopped: false,
});

function mapColumn(state: ChatState, columnId: string, change: (column: ChatColumn) => ChatColumn): ChatState {
  return { ...state, columns: state.columns.map((column) => (column.id === columnId ? change(column) : column)) };
}

/** Changes the column's last turn when it is an answer. */
function mapAnswer(state: ChatState, columnId: string, change: (turn: AssistantTurn) => AssistantTurn): ChatState {
  return mapColumn(state, columnId, (column) => {
    const last = column.turns.at(-1);
    if (last?.role !== "assistant") return column;
    return { ...column, turns: [...column.turns.slice(0, -1), change(last)] };
  });
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "replace":
      return action.state;
    case "addColumn": {
      if (state.columns.length >= MAX_COLUMNS) return state;
      const first = state.columns[0];
      // A new column starts with the first column's settings and no turns: it answers from the next question on.
      const column = { ...newColumn(null), params: first?.params ?? newColumn().params };
      return { ...state, columns: [...state.columns, column] };
    }
    case "removeColumn":
      if (state.columns.length <= 1) return state;
      return { ...state, columns: state.columns.filter((column) => column.id !== action.columnId) };
    case "setModel":
      return mapColumn(state, action.columnId, (column) => ({ ...column, model: action.model }));
    case "setParams":
      return mapColumn(state, action.columnId, (column) => ({ ...column, params: action.params }));
    case "setSync":
      return { ...state, sync: action.sync };
    case "setSharedParams":
      return { ...state, sharedParams: action.sharedParams };
    case "ask":
      return {
        ...state,
        columns: state.columns.map((column) =>
          action.columnIds.includes(column.id)
            ? { ...column, turns: [...column.turns, { role: "user", content: action.text }, pendingAnswer()] }
            : column,
        ),
      };
    case "regenerate":
      return mapColumn(state, action.columnId, (column) => {
        const last = column.turns.at(-1);
        const kept = last?.role === "assistant" ? column.turns.slice(0, -1) : column.turns;
        return kept.at(-1)?.role === "user" ? { ...column, turns: [...kept, pendingAnswer()] } : column;
      });
    case "delta":
      return mapAnswer(state, action.columnId, (turn) => ({ ...turn, content: turn.content + action.text }));
    case "done":
      return mapAnswer(state, action.columnId, (turn) => ({ ...turn, metrics: action.metrics }));
    case "fail":
      return mapAnswer(state, action.columnId, (turn) => ({
        ...turn,
        error: action.reason,
        ...(action.ref && { errorRef: action.ref }),
      }));
    case "stop":
      return mapAnswer(state, action.columnId, (turn) => ({ ...turn, stopped: true }));
    case "rate":
      return mapColumn(state, action.columnId, (column) => ({
        ...column,
        turns: column.turns.map((turn, index) =>
          index === action.turnIndex && turn.role === "assistant" ? { ...turn, rating: action.rating } : turn,
        ),
      }));
    case "useExample": {
      const { example } = action;
      return {
        ...state,
        expected: { versionId: action.versionId, label: example.label, answer: example.answer },
        columns: state.columns.map((column) => ({
          ...column,
          params: { ...column.params, systemPrompt: example.systemPrompt },
          turns: example.history,
        })),
      };
    }
  }
}

/** The messages a column sends: its turns without failed or empty answers. */
export function requestMessages(turns: ChatColumn["turns"]): RequestMessage[] {
  return turns.flatMap((turn): RequestMessage[] => {
    if (turn.role === "user") return [{ role: "user", content: turn.content }];
    return turn.error || !turn.content ? [] : [{ role: "assistant", content: turn.content }];
  });
}

type RequestMessage = { role: "user" | "assistant"; content: string };
