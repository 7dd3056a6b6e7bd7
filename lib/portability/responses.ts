/** The archive import's answer as a zod schema; loaded with the answer. */
import { z } from "zod/mini";
import type { ArchiveCounts } from "./format";

const count = z.int();
export const workspaceImportSchema = z.object({
  counts: z.object({ datasets: count, versions: count, examples: count, jobs: count, conversations: count }),
}) satisfies z.ZodMiniType<{ counts: ArchiveCounts }>;
