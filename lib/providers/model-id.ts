/**
 * Model and deployment ids as they may go into a request: Azure puts the model into the URL path unencoded
 * (`/openai/deployments/<model>/chat/completions`), so an id must not be able to leave that path.
 */
import { z } from "zod";

const MODEL_ID = /^[\w.:/-]+$/;

export function isSafeModelId(id: string): boolean {
  return MODEL_ID.test(id) && !id.includes("..");
}

export const modelIdSchema = z.string().trim().min(1).max(256).refine(isSafeModelId, "invalidModelId");
