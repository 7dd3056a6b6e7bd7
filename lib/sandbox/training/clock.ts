/**
 * When things happen in a simulated job. Phases last a number of units; training takes 40 units whatever the
 * number of steps; a pause, and the unit re-queued after its resume, hold training still.
 */
import type { ActiveJobStatus } from "@/lib/jobs/status";

type Pause = { pausedAt: number; resumedAt: number | null };
type ClockJob = { createdAt: number; secondsPerUnit: number; pauses: ReadonlyArray<Pause> };
export type LivePhase = ActiveJobStatus;

const VALIDATING_UNITS = 2;
const QUEUED_UNITS = 2;
const TRAINING_UNITS = 40;
const FINALIZING_UNITS = 1;
const REQUEUED_UNITS = 1;
/** A job's length in units, from creation to success, when nothing pauses it. */
export const JOB_UNITS = VALIDATING_UNITS + QUEUED_UNITS + TRAINING_UNITS + FINALIZING_UNITS;

export type JobClock = ReturnType<typeof createJobClock>;

export function createJobClock(job: ClockJob) {
  const unit = job.secondsPerUnit * 1000;
  const filesValidatedAt = job.createdAt + VALIDATING_UNITS * unit;
  const trainingStartsAt = filesValidatedAt + QUEUED_UNITS * unit;
  const trainingTime = TRAINING_UNITS * unit;
  // The API pauses only running jobs, so holds come one after another, all after training started.
  const holds = [...job.pauses]
    .sort((a, b) => a.pausedAt - b.pausedAt)
    .map((pause) => ({
      ...pause,
      until: pause.resumedAt === null ? Infinity : pause.resumedAt + REQUEUED_UNITS * unit,
    }));

  /** Milliseconds of training done by a moment. A step due exactly when a pause starts is done. */
  const trainedTimeAt = (at: number) => {
    let trained = at - trainingStartsAt;
    for (const hold of holds) if (hold.pausedAt < at) trained -= Math.min(at, hold.until) - hold.pausedAt;
    return Math.max(0, trained);
  };
  /** The moment a given amount of training is done: Infinity while an open pause holds it. */
  const momentOf = (trained: number) => {
    let at = trainingStartsAt + trained;
    for (const hold of holds) if (hold.pausedAt < at) at += hold.until - hold.pausedAt;
    return at;
  };

  return {
    filesValidatedAt,
    trainingStartsAt,
    succeedsAt: momentOf(trainingTime + FINALIZING_UNITS * unit),
    stepAt: (step: number, totalSteps: number) => momentOf((trainingTime * step) / totalSteps),
    stepsDoneAt: (at: number, totalSteps: number) =>
      Math.min(totalSteps, Math.floor((trainedTimeAt(at) * totalSteps) / trainingTime)),
    phaseAt(at: number): LivePhase {
      if (at < filesValidatedAt) return "validating_files";
      if (at < trainingStartsAt) return "queued";
      const hold = holds.find((item) => item.pausedAt <= at && at < item.until);
      if (!hold) return "running";
      return hold.resumedAt !== null && at >= hold.resumedAt ? "queued" : "paused";
    },
  };
}
