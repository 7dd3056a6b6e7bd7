/** The only place that builds SDK clients: every provider call in the app starts here. */
import "server-only";
import OpenAI, { AzureOpenAI } from "openai";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { decryptSecret } from "@/lib/crypto";
import { getAppSecret, getEnv } from "@/lib/env";
import { getPrivateNetworkPolicy } from "@/lib/installation/queries";
import { createGuardedFetch } from "@/lib/outbound/fetch";

export type ConnectionCredentials = {
  kind: ConnectionKind;
  baseUrl: string | null;
  organization: string | null;
  project: string | null;
  endpoint: string | null;
  apiVersion: string | null;
  apiKeyEncrypted: string | null;
};

export type ClientOptions = { timeoutMs?: number; maxRetries?: number };

export function sandboxBaseUrl(): string {
  return new URL("/api/sandbox/v1", getEnv().APP_URL).toString();
}

export function createProviderClient(connection: ConnectionCredentials, options: ClientOptions = {}): OpenAI {
  const apiKey = connection.apiKeyEncrypted ? decryptSecret(connection.apiKeyEncrypted, getAppSecret()) : "";
  // Every request goes through the outbound guard; only the app's own Sandbox origin is exempt from its address rules.
  const trustedOrigin = connection.kind === "sandbox" ? new URL(sandboxBaseUrl()).origin : undefined;
  const common = {
    apiKey,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    fetch: createGuardedFetch({ trustedOrigin, policy: getPrivateNetworkPolicy }),
  };
  switch (connection.kind) {
    case "azure":
      return new AzureOpenAI({
        ...common,
        endpoint: connection.endpoint ?? undefined,
        apiVersion: connection.apiVersion ?? undefined,
      });
    case "openai":
      return new OpenAI({
        ...common,
        baseURL: connection.baseUrl || undefined,
        organization: connection.organization || null,
        project: connection.project || null,
      });
    case "sandbox":
      return new OpenAI({ ...common, baseURL: sandboxBaseUrl() });
    case "compatible":
    case "inference":
      // The SDK insists on a key; a keyless local server ignores whatever is sent.
      return new OpenAI({ ...common, apiKey: apiKey || "none", baseURL: connection.baseUrl ?? undefined });
  }
}
