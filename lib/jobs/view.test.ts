import { describe, expect, it } from "vitest";
import { epochBoundarySteps, failureReason, jobTimeline } from "./view";

describe("epochBoundarySteps", () => {
  it("spreads the epoch ends over the total steps, the last epoch's end being the job's end", () => {
    expect(epochBoundarySteps(100, 4)).toEqual([25, 50, 75]);
    expect(epochBoundarySteps(10, 3)).toEqual([3, 7]);
  });

  it("has none without a total, for one epoch, or for an unresolved epoch count", () => {
    expect(epochBoundarySteps(null, 3)).toEqual([]);
    expect(epochBoundarySteps(100, 1)).toEqual([]);
    expect(epochBoundarySteps(100, "auto")).toEqual([]);
  });
});

describe("failureReason", () => {
  const error = (code: string, message: string, param: string | null = null) => ({ code, message, param });

  it("sorts OpenAI's job errors into reasons a person can act on", () => {
    expect(
      failureReason(
        error(
          "invalid_training_file",
          "The job failed due to a file format error in the training file. Invalid file format.",
          "training_file",
        ),
      ),
    ).toBe("fileFormat");
    expect(failureReason(error("invalid_validation_file", "Bad line 3", "validation_file"))).toBe("validationFile");
    expect(
      failureReason(error("invalid_n_examples", "Training file has 3 example(s), but must have at least 10 examples")),
    ).toBe("tooFewExamples");
    expect(
      failureReason(error("exceeded_quota", "You exceeded your current quota, please check your plan and billing")),
    ).toBe("quota");
    expect(failureReason(error("unsafe_file", "The training file was blocked by our moderation system"))).toBe(
      "safety",
    );
    expect(failureReason(error("invalid_request", "Example 4 exceeds the token limit of 65536 tokens"))).toBe(
      "tooManyTokens",
    );
    expect(failureReason(error("model_not_found", "The model gpt-9 does not exist"))).toBe("model");
    expect(failureReason(error("server_error", "An internal error occurred"))).toBe("server");
    expect(failureReason(error("odd", "Something new"))).toBe("unknown");
  });
});

describe("jobTimeline", () => {
  const messages = [
    { createdAt: 100, message: "Created fine-tuning job: ftjob-1" },
    { createdAt: 101, message: "Validating training file: file-1" },
    { createdAt: 102, message: "Files validated, moving job to queued state" },
    { createdAt: 103, message: "Fine-tuning job started" },
  ];
  const base = { createdAt: "2026-01-01T00:00:00.000Z", finishedAt: null, messages };

  it("marks a running job's steps with the times its events give", () => {
    const timeline = jobTimeline({ ...base, status: "running" });
    expect(timeline.map((step) => [step.key, step.state])).toEqual([
      ["created", "done"],
      ["validating_files", "done"],
      ["queued", "done"],
      ["running", "current"],
      ["end", "upcoming"],
    ]);
    expect(timeline[3]?.at).toBe(new Date(103_000).toISOString());
  });

  it("shows a queued job waiting, and a job without events still in order", () => {
    expect(jobTimeline({ ...base, status: "queued", messages: [] }).map((step) => step.state)).toEqual([
      "done",
      "done",
      "current",
      "upcoming",
      "upcoming",
    ]);
  });

  it("ends a job that failed while its files were checked, skipping what it never reached", () => {
    const timeline = jobTimeline({
      ...base,
      status: "failed",
      finishedAt: "2026-01-01T00:01:00.000Z",
      messages: messages.slice(0, 2),
    });
    expect(timeline.map((step) => step.state)).toEqual(["done", "done", "skipped", "skipped", "done"]);
    expect(timeline[4]?.at).toBe("2026-01-01T00:01:00.000Z");
  });
});
