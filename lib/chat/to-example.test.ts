import { describe, expect, it } from "vitest";
import type { ChatTurn } from "./state";
import { columnToExample } from "./to-example";

const answer = (content: string, extra: Partial<Extract<ChatTurn, { role: "assistant" }>> = {}): ChatTurn => ({
  role: "assistant",
  content,
  metrics: null,
  rating: null,
  error: null,
  stopped: false,
  ...extra,
});
const user = (content: string): ChatTurn => ({ role: "user", content });

const turns: ChatTurn[] = [user("Hi"), answer("Hello!"), user("Is it loud?"), answer("A bit.")];

describe("columnToExample", () => {
  it("keeps the system prompt and the turns up to the chosen answer", () => {
    expect(columnToExample({ column: { turns }, systemPrompt: "Be kind.", turnIndex: 3 })).toEqual({
      messages: [
        { role: "system", content: "Be kind." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "Is it loud?" },
        { role: "assistant", content: "A bit." },
      ],
    });
  });

  it("ends at an earlier answer when that one is chosen, and leaves out an empty system prompt", () => {
    expect(columnToExample({ column: { turns }, systemPrompt: "  ", turnIndex: 1 })).toEqual({
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello!" },
      ],
    });
  });

  it("puts a corrected answer in place of the model's", () => {
    const example = columnToExample({ column: { turns }, systemPrompt: "", turnIndex: 3, correctedAnswer: " Quiet. " });
    expect(example.messages.at(-1)).toEqual({ role: "assistant", content: "Quiet." });
    expect(example.messages).toHaveLength(4);
  });

  it("leaves failed and stopped answers out of the history", () => {
    const messy: ChatTurn[] = [
      user("Hi"),
      answer("", { error: "rate_limited" }),
      user("Hi again"),
      answer("Hel", { stopped: true }),
      user("Hello?"),
      answer("Hello!"),
    ];
    expect(columnToExample({ column: { turns: messy }, systemPrompt: "", turnIndex: 5 }).messages).toEqual([
      { role: "user", content: "Hi" },
      { role: "user", content: "Hi again" },
      { role: "user", content: "Hello?" },
      { role: "assistant", content: "Hello!" },
    ]);
  });

  it("refuses a turn that is not an answer, and an empty answer", () => {
    expect(() => columnToExample({ column: { turns }, systemPrompt: "", turnIndex: 2 })).toThrow(RangeError);
    expect(() => columnToExample({ column: { turns }, systemPrompt: "", turnIndex: 9 })).toThrow(RangeError);
    expect(() =>
      columnToExample({ column: { turns: [user("Hi"), answer("   ")] }, systemPrompt: "", turnIndex: 1 }),
    ).toThrow(RangeError);
  });
});
