import { describe, expect, it } from "vitest";
import { maskExample, sensitiveDataIssues } from "./sensitive-data";

describe("sensitive data in examples", () => {
  it("warns per message and kind, naming where it is", () => {
    const example = {
      messages: [
        { role: "user", content: "Meine Mail ist max@example.com, Tel. +49 30 1234567" },
        { role: "assistant", content: "Danke, wir melden uns." },
      ],
    };
    expect(sensitiveDataIssues(example)).toEqual([
      { code: "sensitiveData", field: "messages", message: 1, params: { kind: "email" }, severity: "warning" },
      { code: "sensitiveData", field: "messages", message: 1, params: { kind: "phone" }, severity: "warning" },
    ]);
  });

  it("looks into DPO inputs and outputs", () => {
    const example = {
      input: { messages: [{ role: "user", content: "Karte 4111 1111 1111 1111" }] },
      preferred_output: [{ role: "assistant", content: "ok" }],
      non_preferred_output: [{ role: "assistant", content: "IBAN DE89 3704 0044 0532 0130 00" }],
    };
    expect(sensitiveDataIssues(example).map((issue) => [issue.field, issue.params?.kind])).toEqual([
      ["input.messages", "card"],
      ["non_preferred_output", "iban"],
    ]);
  });

  it("masks every finding and keeps the rest of the example", () => {
    const example = { messages: [{ role: "user", content: "Mail: max@example.com" }], tools: [] };
    expect(maskExample(example)).toEqual({ messages: [{ role: "user", content: "Mail: [EMAIL]" }], tools: [] });
    expect(sensitiveDataIssues(maskExample(example))).toEqual([]);
  });
});
