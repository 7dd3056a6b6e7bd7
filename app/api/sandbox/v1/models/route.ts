import { sandboxRoute } from "@/lib/sandbox/http";
import { listModels } from "@/lib/sandbox/model-catalog";

export const GET = sandboxRoute(async ({ connection }) => listModels(connection));
