import { describe, expect, it } from "vitest";
import { type SimulatedJob, simulateJob, stepMetricsCsv } from "./timeline";

// One unit is 50 ms: validating 0–2, queued 2–4, steps 1..100 at 4.4..44, succeeded at 45.
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const at = (units: number) => T0 + units * 50;
const MODEL = "ft:gpt-4o-mini-2024-07-18:sandbox:marv:AbCd1234";

function job(overrides: Partial<SimulatedJob> = {}): SimulatedJob {
  return {
    id: "ftjob-abc",
    createdAt: T0,
    model: "gpt-4o-mini-2024-07-18",
    fineTunedModelName: MODEL,
    trainingFile: "file-train",
    validationFile: null,
    examples: 10,
    billingTokens: 1234,
    hyperparameters: { n_epochs: 10, batch_size: 1, learning_rate_multiplier: 0.05 },
    seed: 42,
    secondsPerUnit: 0.05,
    validationError: null,
    pauses: [],
    cancelledAt: null,
    ...overrides,
  };
}

const messages = (sim: ReturnType<typeof simulateJob>) =>
  sim.events.filter((event) => event.type === "message").map((event) => event.message);

describe("simulateJob: lifecycle", () => {
  it("validates, queues, runs and succeeds on schedule", () => {
    const states = [0, 1.9, 2, 3.9, 4, 24, 44, 44.9, 45, 500].map((units) => {
      const sim = simulateJob(job(), at(units));
      return [sim.status, sim.trainedSteps, sim.estimatedFinish];
    });
    expect(states).toEqual([
      ["validating_files", 0, null],
      ["validating_files", 0, null],
      ["queued", 0, at(45)],
      ["queued", 0, at(45)],
      ["running", 0, at(45)],
      ["running", 50, at(45)],
      ["running", 100, at(45)],
      ["running", 100, at(45)],
      ["succeeded", 100, null],
      ["succeeded", 100, null],
    ]);
  });

  it("reports the model, the trained tokens and the finish time only once the job succeeded", () => {
    expect(simulateJob(job(), at(44))).toMatchObject({ fineTunedModel: null, trainedTokens: null, finishedAt: null });
    expect(simulateJob(job(), at(60))).toMatchObject({
      totalSteps: 100,
      fineTunedModel: MODEL,
      trainedTokens: 12_340,
      finishedAt: at(45),
    });
  });

  it("fails at the end of validation when a file was refused", () => {
    const error = {
      code: "invalid_training_file",
      message: "The job failed due to an invalid training file. Line 3 …",
      param: "training_file",
    };
    const failing = job({ validationError: error });
    expect(simulateJob(failing, at(1)).status).toBe("validating_files");
    const sim = simulateJob(failing, at(100));
    expect(sim).toMatchObject({
      status: "failed",
      finishedAt: at(2),
      trainedSteps: 0,
      fineTunedModel: null,
      checkpoints: [],
    });
    expect(sim.events.at(-1)).toMatchObject({ level: "error", message: error.message, createdAt: at(2) });
    expect(messages(sim)).not.toContain("Files validated, moving job to queued state");
  });

  it("holds training during a pause, re-queues for a unit after the resume, and finishes later by as much", () => {
    const paused = job({ pauses: [{ pausedAt: at(24), resumedAt: null }] });
    expect(simulateJob(paused, at(1000))).toMatchObject({ status: "paused", trainedSteps: 50, estimatedFinish: null });

    const resumed = job({ pauses: [{ pausedAt: at(24), resumedAt: at(34) }] });
    expect(simulateJob(resumed, at(30))).toMatchObject({ status: "paused", trainedSteps: 50 });
    expect(simulateJob(resumed, at(34.5))).toMatchObject({
      status: "queued",
      trainedSteps: 50,
      estimatedFinish: at(56),
    });
    expect(simulateJob(resumed, at(35))).toMatchObject({ status: "running", trainedSteps: 50 });
    expect(simulateJob(resumed, at(45))).toMatchObject({ status: "running", trainedSteps: 75 });
    const done = simulateJob(resumed, at(56));
    expect(done).toMatchObject({ status: "succeeded", finishedAt: at(56) });
    expect(messages(done)).toEqual(expect.arrayContaining(["Fine-tuning job paused", "Fine-tuning job resumed"]));
    expect(done.events.find((event) => event.data?.step === 51)?.createdAt).toBe(at(35.4));
  });

  it("stops everything at a cancel, keeping what was trained", () => {
    const cancelled = job({ cancelledAt: at(24) });
    expect(simulateJob(cancelled, at(23)).status).toBe("running");
    const sim = simulateJob(cancelled, at(1000));
    expect(sim).toMatchObject({ status: "cancelled", finishedAt: at(24), trainedSteps: 50, estimatedFinish: null });
    expect(sim).toMatchObject({ fineTunedModel: null, trainedTokens: null, checkpoints: [] });
    expect(sim.events.at(-1)?.message).toBe("Fine-tuning job cancelled");
    expect(sim.events.filter((event) => event.type === "metrics")).toHaveLength(50);
  });

  it("ignores a cancel that came after the job had already ended", () => {
    expect(simulateJob(job({ cancelledAt: at(50) }), at(60)).status).toBe("succeeded");
  });
});

describe("simulateJob: events", () => {
  it("tells the story in OpenAI's words, with a metrics event per step", () => {
    const sim = simulateJob(job(), at(60));
    expect(messages(sim)).toEqual([
      "Created fine-tuning job: ftjob-abc",
      "Validating training file: file-train",
      "Files validated, moving job to queued state",
      "Fine-tuning job started",
      "Checkpoint created at step 80",
      "Checkpoint created at step 90",
      "Checkpoint created at step 100",
      `New fine-tuned model created: ${MODEL}`,
      "The job has successfully completed",
    ]);
    const steps = sim.events.filter((event) => event.type === "metrics");
    expect(steps.map((event) => event.data?.step)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(steps[11]?.message).toMatch(/^Step 12\/100: training loss=\d+\.\d\d$/);
    expect(steps[11]?.data).toEqual({
      step: 12,
      train_loss: expect.any(Number),
      train_mean_token_accuracy: expect.any(Number),
      total_steps: 100,
    });
    expect(sim.events.map((event) => event.seq)).toEqual(sim.events.map((_, i) => i + 1));
    const times = sim.events.map((event) => event.createdAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const checkpointAt = sim.events.findIndex((event) => event.message === "Checkpoint created at step 80");
    expect(sim.events[checkpointAt - 1]?.data?.step).toBe(80);
  });

  it("adds validation metrics when there is a validation file, and full validation at epoch ends", () => {
    const sim = simulateJob(job({ validationFile: "file-valid" }), at(60));
    expect(messages(sim)[1]).toBe("Validating training file: file-train and validation file: file-valid");
    const steps = sim.events.filter((event) => event.type === "metrics");
    expect(steps[8]?.data).toHaveProperty("valid_loss");
    expect(steps[8]?.data).not.toHaveProperty("full_valid_loss");
    expect(steps[9]?.data).toHaveProperty("full_valid_mean_token_accuracy");
    expect(steps[9]?.message).toMatch(
      /^Step 10\/100: training loss=[\d.]+, validation loss=[\d.]+, full validation loss=[\d.]+$/,
    );
  });

  it("gives the same events at the same time, and only appends later ones", () => {
    const early = simulateJob(job(), at(24)).events;
    const later = simulateJob(job(), at(60)).events;
    expect(simulateJob(job(), at(24)).events).toEqual(early);
    expect(later.length).toBeGreaterThan(early.length);
    expect(later.slice(0, early.length)).toEqual(early);
  });

  it("keeps the log append-only when a pause, a resume and a cancel are recorded", () => {
    const pausedAt = at(24);
    const before = simulateJob(job(), pausedAt).events;
    const paused = simulateJob(job({ pauses: [{ pausedAt, resumedAt: null }] }), pausedAt).events;
    expect(paused.slice(0, before.length)).toEqual(before);
    expect(paused.at(-1)?.message).toBe("Fine-tuning job paused");

    const resumedAt = at(30);
    const stillPaused = simulateJob(job({ pauses: [{ pausedAt, resumedAt: null }] }), resumedAt).events;
    const resumed = job({ pauses: [{ pausedAt, resumedAt }], cancelledAt: at(40) });
    expect(simulateJob(resumed, at(40)).events.slice(0, stillPaused.length)).toEqual(stillPaused);
    expect(simulateJob(resumed, at(40)).events.at(-1)?.message).toBe("Fine-tuning job cancelled");
  });
});

describe("simulateJob: checkpoints", () => {
  it("keeps the last three epochs, each appearing when its step is trained", () => {
    expect(simulateJob(job(), at(38)).checkpoints.map((checkpoint) => checkpoint.stepNumber)).toEqual([80]);
    const { checkpoints, events } = simulateJob(job({ validationFile: "file-valid" }), at(60));
    expect(
      checkpoints.map((checkpoint) => [checkpoint.stepNumber, checkpoint.createdAt, checkpoint.modelName]),
    ).toEqual([
      [80, at(36), `${MODEL}:ckpt-step-80`],
      [90, at(40), `${MODEL}:ckpt-step-90`],
      [100, at(44), `${MODEL}:ckpt-step-100`],
    ]);
    const { total_steps: _, ...reported } = events.find((event) => event.data?.step === 90)?.data ?? {};
    expect(checkpoints[1]?.metrics).toEqual(reported);
    expect(checkpoints[1]?.metrics).toHaveProperty("full_valid_loss");
  });

  it("has one per epoch when there are fewer than three", () => {
    const twoEpochs = job({
      examples: 30,
      hyperparameters: { n_epochs: 2, batch_size: 3, learning_rate_multiplier: 0.05 },
    });
    expect(simulateJob(twoEpochs, at(60)).checkpoints.map((checkpoint) => checkpoint.stepNumber)).toEqual([10, 20]);
  });
});

describe("simulateJob: large jobs", () => {
  const large = job({
    examples: 10_000,
    validationFile: "file-valid",
    hyperparameters: { n_epochs: 3, batch_size: 3, learning_rate_multiplier: 0.05 },
  });

  it("runs 10 000 steps in the same time as 100, reporting about 1000 of them", () => {
    const sim = simulateJob(large, at(60));
    expect(sim).toMatchObject({ status: "succeeded", totalSteps: 10_002, finishedAt: at(45) });
    const steps = sim.events.flatMap((event) => (event.data ? [event.data.step] : []));
    expect(steps).toHaveLength(Math.floor(10_002 / 11) + 3);
    expect(steps.slice(0, 2)).toEqual([11, 22]);
    expect(steps).toEqual(expect.arrayContaining([3334, 6668, 10_002]));
  });
});

describe("stepMetricsCsv", () => {
  it("has a row per step with empty validation columns when there is no validation file", () => {
    const rows = stepMetricsCsv(job()).trimEnd().split("\n");
    expect(rows[0]).toBe("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy");
    expect(rows).toHaveLength(101);
    expect(rows[1]).toMatch(/^1,\d+\.\d+,0\.\d+,,$/);
    const lastEvent = simulateJob(job(), at(60)).events.findLast((event) => event.type === "metrics");
    expect(rows[100]?.split(",")[1]).toBe(String(lastEvent?.data?.train_loss));
  });

  it("fills the validation columns at the steps where validation was reported", () => {
    const small = stepMetricsCsv(job({ validationFile: "file-valid" }))
      .trimEnd()
      .split("\n");
    expect(small.slice(1).every((row) => /^\d+(,[\d.]+){4}$/.test(row))).toBe(true);
    const large = stepMetricsCsv(
      job({
        examples: 5000,
        validationFile: "file-valid",
        hyperparameters: { n_epochs: 1, batch_size: 1, learning_rate_multiplier: 0.05 },
      }),
    ).split("\n");
    expect(large[4]).toMatch(/^4,[\d.]+,[\d.]+,,$/);
    expect(large[5]).toMatch(/^5,([\d.]+,){3}[\d.]+$/);
  });
});
