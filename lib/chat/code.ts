/** "View code": the chat-completions call a column makes, in Python, TypeScript and curl, with the key as a variable. */
import type { ChatParams } from "./state";

export type CodeTarget =
  | { kind: "openai"; baseUrl: string | null }
  | { kind: "azure"; endpoint: string; apiVersion: string }
  | { kind: "sandbox"; baseUrl: string };

type CallInput = {
  target: CodeTarget;
  model: string;
  params: ChatParams;
  messages: { role: "system" | "user" | "assistant"; content: string }[];
};

export const CODE_LANGUAGES = ["python", "typescript", "curl"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

function keyVariable(target: CodeTarget) {
  return target.kind === "azure" ? "AZURE_OPENAI_API_KEY" : "OPENAI_API_KEY";
}

/** The request body fields the column sets, in the API's names (unset parameters are left to the provider). */
export function requestBody({ model, params, messages }: Omit<CallInput, "target">) {
  const all = params.systemPrompt.trim() ? [{ role: "system", content: params.systemPrompt }, ...messages] : messages;
  return {
    model,
    messages: all,
    ...(params.temperature !== null && { temperature: params.temperature }),
    ...(params.topP !== null && { top_p: params.topP }),
    ...(params.maxTokens !== null && { max_completion_tokens: params.maxTokens }),
    ...(params.seed !== null && { seed: params.seed }),
  };
}

const indent = (text: string, spaces: number) => text.replaceAll("\n", `\n${" ".repeat(spaces)}`);

function pythonValue(value: unknown): string {
  return JSON.stringify(value, null, 4)
    .replaceAll(": true", ": True")
    .replaceAll(": false", ": False")
    .replaceAll(": null", ": None");
}

function python({ target, ...call }: CallInput): string {
  const body = requestBody(call);
  const client =
    target.kind === "azure"
      ? `from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    azure_endpoint=${JSON.stringify(target.endpoint)},\n    api_version=${JSON.stringify(target.apiVersion)},\n    api_key=os.environ["${keyVariable(target)}"],\n)`
      : `from openai import OpenAI\n\nclient = OpenAI(\n    api_key=os.environ["${keyVariable(target)}"],${target.baseUrl ? `\n    base_url=${JSON.stringify(target.baseUrl)},` : ""}\n)`;
  const args = Object.entries(body)
    .map(([key, value]) => `    ${key}=${indent(pythonValue(value), 4)},`)
    .join("\n");
  return `import os\n${client}\n\nresponse = client.chat.completions.create(\n${args}\n)\nprint(response.choices[0].message.content)\n`;
}

function typescript({ target, ...call }: CallInput): string {
  const body = requestBody(call);
  const client =
    target.kind === "azure"
      ? `import { AzureOpenAI } from "openai";\n\nconst client = new AzureOpenAI({\n  endpoint: ${JSON.stringify(target.endpoint)},\n  apiVersion: ${JSON.stringify(target.apiVersion)},\n  apiKey: process.env.${keyVariable(target)},\n});`
      : `import OpenAI from "openai";\n\nconst client = new OpenAI({\n  apiKey: process.env.${keyVariable(target)},${target.baseUrl ? `\n  baseURL: ${JSON.stringify(target.baseUrl)},` : ""}\n});`;
  return `${client}\n\nconst response = await client.chat.completions.create(${indent(JSON.stringify(body, null, 2), 0)});\nconsole.log(response.choices[0]?.message.content);\n`;
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

function curl({ target, ...call }: CallInput): string {
  const body = requestBody(call);
  const { model, ...rest } = body;
  const azure = target.kind === "azure";
  const url = azure
    ? `${target.endpoint.replace(/\/+$/, "")}/openai/deployments/${encodeURIComponent(model)}/chat/completions?api-version=${target.apiVersion}`
    : `${(target.baseUrl ?? "https://api.openai.com/v1").replace(/\/+$/, "")}/chat/completions`;
  const auth = azure ? `api-key: $${keyVariable(target)}` : `Authorization: Bearer $${keyVariable(target)}`;
  const json = JSON.stringify(azure ? rest : body, null, 2);
  return `curl ${url.includes("?") ? shellQuote(url) : url} \\\n  -H "Content-Type: application/json" \\\n  -H "${auth}" \\\n  -d ${shellQuote(json)}\n`;
}

export function chatCode(language: CodeLanguage, input: CallInput): string {
  switch (language) {
    case "python":
      return python(input);
    case "typescript":
      return typescript(input);
    case "curl":
      return curl(input);
  }
}
