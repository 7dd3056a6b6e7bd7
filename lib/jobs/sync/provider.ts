/** The provider calls the runner makes, with no SDK retries (the runner backs off itself) and a short timeout. */
import "server-only";
import type { ConnectionCredentials } from "@/lib/providers/client";
import { type FineTuningClient, fineTuningClient } from "@/lib/providers/fine-tuning";

export type SyncClient = Pick<FineTuningClient, "retrieveJob" | "eventsSince" | "checkpoints" | "listJobs">;
export type ClientFor = (connection: ConnectionCredentials) => SyncClient;

const RUNNER_TIMEOUT_MS = 20_000;

export const runnerClient: ClientFor = (connection) =>
  fineTuningClient(connection, { maxRetries: 0, timeoutMs: RUNNER_TIMEOUT_MS });
