import { describe, expect, it } from "vitest";
import { chatCode, requestBody } from "./code";
import { DEFAULT_PARAMS } from "./state";

const messages = [{ role: "user" as const, content: "It's loud" }];
const params = { ...DEFAULT_PARAMS, systemPrompt: "Be kind.", temperature: 0.2, seed: 7 };

describe("requestBody", () => {
  it("sets only the parameters the column sets, with the system prompt first", () => {
    expect(requestBody({ model: "gpt-4o-mini", params, messages })).toEqual({
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: "Be kind." }, ...messages],
      temperature: 0.2,
      seed: 7,
    });
  });
});

describe("chatCode", () => {
  const openai = { target: { kind: "openai" as const, baseUrl: null }, model: "ft:gpt-4o-mini:x::y", params, messages };

  it("reads the key from an environment variable in every language", () => {
    expect(chatCode("python", openai)).toContain('api_key=os.environ["OPENAI_API_KEY"]');
    expect(chatCode("typescript", openai)).toContain("apiKey: process.env.OPENAI_API_KEY");
    expect(chatCode("curl", openai)).toContain("Authorization: Bearer $OPENAI_API_KEY");
  });

  it("writes Python values and quotes shell text safely", () => {
    expect(chatCode("python", openai)).toContain("temperature=0.2,");
    expect(chatCode("curl", openai)).toContain(`"content": "It'\\''s loud"`);
    expect(chatCode("curl", openai)).toContain("https://api.openai.com/v1/chat/completions");
  });

  it("points at the Sandbox or a compatible service by base URL, and at an Azure deployment", () => {
    const sandbox = {
      ...openai,
      target: { kind: "sandbox" as const, baseUrl: "http://localhost:3000/api/sandbox/v1" },
    };
    expect(chatCode("typescript", sandbox)).toContain('baseURL: "http://localhost:3000/api/sandbox/v1"');
    const azure = {
      ...openai,
      model: "my-deployment",
      target: { kind: "azure" as const, endpoint: "https://r.openai.azure.com/", apiVersion: "2024-10-21" },
    };
    expect(chatCode("python", azure)).toContain("AzureOpenAI(");
    expect(chatCode("curl", azure)).toContain(
      "'https://r.openai.azure.com/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21'",
    );
    expect(chatCode("curl", azure)).toContain("api-key: $AZURE_OPENAI_API_KEY");
    expect(chatCode("curl", azure)).not.toContain('"model"');
  });
});
