import type { ConnectionCredentials } from "./client";

/** A connection without a key or Azure settings, at `baseUrl`. */
export const connectionAt = (kind: ConnectionCredentials["kind"], baseUrl: string): ConnectionCredentials => ({
  kind,
  baseUrl,
  organization: null,
  project: null,
  endpoint: null,
  apiVersion: null,
  apiKeyEncrypted: null,
});
