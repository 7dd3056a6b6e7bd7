export const connectionKinds = ["sandbox", "openai", "azure", "compatible", "inference"] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

/**
 * "compatible": any service speaking the OpenAI fine-tuning API at its own address (Llama Stack, a gateway);
 * "inference": any OpenAI-compatible chat endpoint (vLLM, Ollama, LM Studio), for the chat tester only.
 */
export function canFineTune(kind: ConnectionKind): boolean {
  return kind !== "inference";
}

/** How long a simulated Sandbox job may take, in seconds: a quick test, a demo, a realistic wait. */
export const SANDBOX_JOB_DURATIONS = [5, 60, 600] as const;
export const SANDBOX_FAILURE_STATUSES = [429, 500, 503] as const;

/** Azure OpenAI's generally available data-plane API version, offered as the default. */
export const DEFAULT_AZURE_API_VERSION = "2024-10-21";
