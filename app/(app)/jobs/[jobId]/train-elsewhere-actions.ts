"use server";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { reviewTrainElsewhere } from "@/lib/portability/train-elsewhere";

const reviewSchema = z.object({
  jobId: z.string().min(1),
  connectionId: z.string().min(1),
  model: z.string().trim().min(1).max(200).optional(),
});

export const reviewTrainElsewhereAction = createAction(
  { name: "reviewTrainElsewhereAction", schema: reviewSchema },
  async (input, { workspace }) => reviewTrainElsewhere({ workspaceId: workspace.id, ...input }),
);
