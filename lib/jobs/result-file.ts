/** A job's result file (step_metrics.csv), fetched from the provider on the server and handed on as a stream. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { providerAppError, providerProblem } from "@/lib/providers/errors";
import { fineTuningClient } from "@/lib/providers/fine-tuning";
import { getJobConnectionOrThrow } from "./queries-detail";

/**
 * OpenAI serves result files base64-encoded; this decodes such a stream on the fly (4 characters at a time
 * make 3 bytes) and passes a plain CSV through untouched.
 */
export function decodeBase64IfEncoded(): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  let mode: "unknown" | "base64" | "plain" = "unknown";
  let pending = "";
  return new TransformStream({
    transform(chunk, controller) {
      if (mode === "plain") return controller.enqueue(chunk);
      const decoded = decoder.decode(chunk, { stream: true });
      if (mode === "unknown") {
        mode = /^[A-Za-z0-9+/=\s]*$/.test(decoded.slice(0, 64)) ? "base64" : "plain";
        if (mode === "plain") return controller.enqueue(chunk);
      }
      const text = pending + decoded.replace(/\s/g, "");
      const whole = text.length - (text.length % 4);
      pending = text.slice(whole);
      if (whole) controller.enqueue(Buffer.from(text.slice(0, whole), "base64"));
    },
    flush(controller) {
      if (mode !== "base64") return;
      const rest = pending + decoder.decode().replace(/\s/g, "");
      if (rest) controller.enqueue(Buffer.from(rest, "base64"));
    },
  });
}

export async function openResultFile({
  actor,
  jobId,
  fileId,
}: {
  actor: AuditActor;
  jobId: string;
  fileId: string;
}): Promise<ReadableStream<Uint8Array>> {
  const { job, connection } = await getJobConnectionOrThrow({ workspaceId: actor.workspace.id, jobId });
  if (!job.resultFiles.includes(fileId)) throw new AppError("not_found", "Not a result file of this job");
  try {
    const response = await fineTuningClient(connection, { maxRetries: 1 }).fileContent(fileId);
    if (!response.body) throw new AppError("not_found", "The result file is empty");
    await record(actor, "export.job_file", { type: "job", id: jobId, name: "step_metrics.csv" });
    return response.body.pipeThrough(decodeBase64IfEncoded());
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const problem = providerProblem(cause);
    if (problem.reason === "not_found")
      throw new AppError("not_found", "The provider no longer has this file", { cause });
    throw providerAppError(cause, `The result file could not be fetched: ${problem.reason}`, { problem });
  }
}
