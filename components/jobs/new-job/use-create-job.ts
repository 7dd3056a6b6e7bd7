"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createJobAction } from "@/app/(app)/jobs/new/actions";
import { useUpload } from "@/components/uploads/use-upload";
import type { ErrorBody } from "@/lib/errors";
import { routeErrorOf } from "@/lib/http/fetch-json";
import { jobFileUploadUrl, parseJobFileUpload } from "@/lib/jobs/client";
import type { JobMethod } from "@/lib/jobs/create/schema";
import { isUploadAborted, UploadError } from "@/lib/uploads/browser";
import type { ChosenFile, FormState } from "./form-state";
import { toInput } from "./form-state";
import type { CreateProgress } from "./review-dialog";

/**
 * Starts the job: files chosen on the form go to the connection first (each once: a retry reuses the upload),
 * then the action creates the job; success goes to the job's page. An upload may be cancelled.
 */
export function useCreateJob(options: {
  state: FormState;
  method: JobMethod;
  onUploaded: (purpose: "training" | "validation", uploaded: ChosenFile["uploaded"]) => void;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState<CreateProgress | null>(null);
  const [failure, setFailure] = useState<ErrorBody | null>(null);
  const uploads = useUpload();

  async function upload(purpose: "training" | "validation", chosen: ChosenFile | null) {
    const { connectionId } = options.state;
    if (!chosen || chosen.uploaded?.connectionId === connectionId) return chosen?.uploaded ?? null;
    const step = purpose === "training" ? "uploadTraining" : "uploadValidation";
    setProgress({ step, share: 0 });
    const body = await uploads.send({
      url: jobFileUploadUrl({ connectionId, purpose, filename: chosen.file.name }),
      body: chosen.file,
      onProgress: (share) => setProgress({ step, share }),
    });
    const uploaded = { connectionId, fileId: (await parseJobFileUpload(body)).fileId };
    options.onUploaded(purpose, uploaded);
    return uploaded;
  }

  async function start(sendSensitiveData: boolean) {
    const { state, method } = options;
    setFailure(null);
    try {
      const training = state.trainingSource === "file" ? await upload("training", state.trainingFile) : null;
      const validation = state.validationSource === "file" ? await upload("validation", state.validationFile) : null;
      const withIds: FormState = {
        ...state,
        trainingFile: state.trainingFile && { ...state.trainingFile, uploaded: training },
        validationFile: state.validationFile && { ...state.validationFile, uploaded: validation },
      };
      setProgress({ step: "createJob" });
      const result = await createJobAction(toInput(withIds, { method, sendSensitiveData }));
      if (!result.ok) throw result.error;
      setProgress({ step: "done" });
      router.push(`/jobs/${result.data.jobId}`);
    } catch (error) {
      setProgress(null);
      if (isUploadAborted(error)) return;
      if (error instanceof UploadError) setFailure(await routeErrorOf(error.body));
      else setFailure(isFailure(error) ? error : { code: "internal" });
    }
  }

  return { start, cancelUpload: uploads.cancel, progress, failure, clearFailure: () => setFailure(null) };
}

function isFailure(value: unknown): value is ErrorBody {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}
