/** Starting a job from the REST API: the API's simpler body turned into the new-job form, then createJob. */
import "server-only";
import type { z } from "zod";
import type { Access } from "@/lib/auth/access";
import { getVersionOrThrow } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs/create/create-job";
import { jobFormSchema } from "@/lib/jobs/create/schema";
import { getJobOrThrow } from "@/lib/jobs/queries";
import { fieldErrorsFrom } from "@/lib/validation";
import { type createJobBodySchema, jobFormInputOf } from "./schema";

export async function startJob({ access, body }: { access: Access; body: z.output<typeof createJobBodySchema> }) {
  const version = await getVersionOrThrow({ workspaceId: access.workspace.id, versionId: body.versionId });
  const parsed = jobFormSchema.safeParse(jobFormInputOf(body, version.validationJsonl !== null));
  if (!parsed.success) {
    throw new AppError("invalid_input", "The job does not fit", { fields: fieldErrorsFrom(parsed.error) });
  }
  const { jobId } = await createJob({ access, form: parsed.data });
  return getJobOrThrow({ workspaceId: access.workspace.id, jobId });
}
