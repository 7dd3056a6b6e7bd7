import type { ConnectionKind } from "./kinds";
import type { StoredTestFailure } from "./test-result";

/** Everything about a connection the browser may see: never the key, only its last four characters. */
export type ConnectionView = {
  id: string;
  kind: ConnectionKind;
  name: string;
  baseUrl: string | null;
  organization: string | null;
  project: string | null;
  endpoint: string | null;
  apiVersion: string | null;
  apiKeyLast4: string | null;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  /** why the last test failed (null: it did not, or never ran) */
  lastTestFailure: StoredTestFailure | null;
  lastTestModelCount: number | null;
  sandboxJobSeconds: number | null;
  sandboxFailureRate: number;
  sandboxFailureStatus: number;
  sandboxLatencyMs: number;
  sandboxFineTuningClosed: boolean;
  sandboxFineTuningClosedAfter: Date | null;
  /** what the last test found; null until tested (or when it could not be told) */
  capabilityFineTuning: boolean | null;
  capabilityChatModels: number | null;
  createdAt: Date;
};
