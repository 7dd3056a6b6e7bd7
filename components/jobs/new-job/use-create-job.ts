"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createJobAction } from "@/app/(app)/jobs/new/actions";
import type { ErrorBody } from "@/lib/errors";
import type { JobMethod } from "@/lib/jobs/create/schema";
import type { ChosenFile, FormState } from "./form-state";
import { toInput } from "./form-state";
import type { CreateProgress } from "./review-dialog";
import { uploadJobFile } from "./upload-file";

/**
 * Starts the job: files chosen on the form go to the connection first (each once: a retry reuses the upload),
 * then the action creates the job; success goes to the job's page.
 */
export function useCreateJob(options: {
  state: FormState;
  method: JobMethod;
  onUploaded: (purpose: "training" | "validation", uploaded: ChosenFile["uploaded"]) => void;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState<CreateProgress | null>(null);
  const [failure, setFailure] = useState<ErrorBody | null>(null);

  async function upload(purpose: "training" | "validation", chosen: ChosenFile | null) {
    const { connectionId } = options.state;
    if (!chosen || chosen.uploaded?.connectionId === connectionId) return chosen?.uploaded ?? null;
    const step = purpose === "training" ? "uploadTraining" : "uploadValidation";
    setProgress({ step, share: 0 });
    const result = await uploadJobFile({
      connectionId,
      purpose,
      file: chosen.file,
      onProgress: (share) => setProgress({ step, share }),
    });
    if (!result.ok) throw result.error;
    const uploaded = { connectionId, fileId: result.fileId };
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
      setFailure(isFailure(error) ? error : { code: "internal" });
    }
  }

  return { start, progress, failure, clearFailure: () => setFailure(null) };
}

function isFailure(value: unknown): value is ErrorBody {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}
