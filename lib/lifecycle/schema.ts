import { z } from "zod";

const day = z
  .union([z.literal(""), z.iso.date()])
  .optional()
  .transform((value) => value || null);

/** One row of the Settings editor: a model's dates for one provider, replacing the data file's entry. */
export const setLifecycleOverrideSchema = z
  .object({
    provider: z.enum(["openai", "azure"]),
    model: z.string().trim().min(1).max(120),
    trainableUntil: day,
    retiresOn: day,
    note: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => value || null),
  })
  .refine((value) => value.trainableUntil !== null || value.retiresOn !== null, {
    path: ["retiresOn"],
    message: "required",
  });

export const removeLifecycleOverrideSchema = z.object({
  provider: z.enum(["openai", "azure"]),
  model: z.string().min(1),
});

export type SetLifecycleOverrideInput = z.output<typeof setLifecycleOverrideSchema>;
