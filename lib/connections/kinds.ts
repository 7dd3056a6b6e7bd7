export const connectionKinds = ["sandbox", "openai", "azure"] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

/** Azure OpenAI's generally available data-plane API version, offered as the default. */
export const DEFAULT_AZURE_API_VERSION = "2024-10-21";
