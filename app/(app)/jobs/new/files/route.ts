import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_FORM_FILE_BYTES } from "@/lib/jobs/create/limits";
import { uploadFormFile } from "@/lib/jobs/create/upload";
import { createRoute } from "@/lib/route";
import { readUpload } from "@/lib/uploads/limit";

const querySchema = z.object({
  connectionId: z.string().min(1),
  purpose: z.enum(["training", "validation"]),
  filename: z.string().trim().min(1).max(255),
});

// The file chosen on the new-job form is the raw request body; where it goes is in the query string.
export const POST = createRoute({ name: "POST /jobs/new/files" }, async ({ access, request }) => {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("invalid_input", "Which connection and purpose is missing");
  const body = await readUpload(request, { ownLimitBytes: MAX_FORM_FILE_BYTES });
  return uploadFormFile({ workspaceId: access.workspace.id, ...query.data, body });
});
