/** What an OpenAI-compatible service offers: its chat models, and whether its fine-tuning API answers. */
import OpenAI from "openai";
import type { ConnectionCapabilities } from "@/lib/connections/test-result";
import { isChatModelId } from "@/lib/models/names";

/**
 * Lists the models (which must work: otherwise the connection is not usable at all, and the error propagates)
 * and, when asked, lists one fine-tuning job. A 404 or 405 there means the service has no fine-tuning API;
 * 401/403 mean it is not open to this key. Anything else (timeout, 5xx) leaves the answer open (null).
 */
export async function detectCapabilities(
  client: OpenAI,
  options: { probeFineTuning: boolean },
): Promise<ConnectionCapabilities & { modelCount: number }> {
  const ids: string[] = [];
  for await (const model of client.models.list()) ids.push(model.id);
  const chatModels = ids.filter(isChatModelId).length;
  if (!options.probeFineTuning) return { modelCount: ids.length, chatModels, fineTuning: null };
  try {
    await client.fineTuning.jobs.list({ limit: 1 });
    return { modelCount: ids.length, chatModels, fineTuning: true };
  } catch (error) {
    const status = error instanceof OpenAI.APIError ? error.status : undefined;
    const absent = status === 401 || status === 403 || status === 404 || status === 405;
    return { modelCount: ids.length, chatModels, fineTuning: absent ? false : null };
  }
}
