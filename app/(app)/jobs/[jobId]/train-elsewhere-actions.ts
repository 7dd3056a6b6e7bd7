"use server";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { reviewTrainElsewhere, trainElsewhereTargets } from "@/lib/portability/train-elsewhere";

const jobIdSchema = z.object({ jobId: z.string().min(1) });
const reviewSchema = jobIdSchema.extend({
  connectionId: z.string().min(1),
  model: z.string().trim().min(1).max(200).optional(),
});

export const trainElsewhereTargetsAction = createAction(
  { name: "trainElsewhereTargetsAction", schema: jobIdSchema },
  async ({ jobId }, { workspace }) => trainElsewhereTargets({ workspaceId: workspace.id, jobId }),
);

export const reviewTrainElsewhereAction = createAction(
  { name: "reviewTrainElsewhereAction", schema: reviewSchema },
  async (input, { workspace }) => reviewTrainElsewhere({ workspaceId: workspace.id, ...input }),
);
