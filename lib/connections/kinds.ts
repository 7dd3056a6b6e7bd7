export const connectionKinds = ["sandbox", "openai", "azure"] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

/** How long a simulated Sandbox job may take, in seconds: a quick test, a demo, a realistic wait. */
export const SANDBOX_JOB_DURATIONS = [5, 60, 600] as const;
export const SANDBOX_FAILURE_STATUSES = [429, 500, 503] as const;

/** Azure OpenAI's generally available data-plane API version, offered as the default. */
export const DEFAULT_AZURE_API_VERSION = "2024-10-21";
