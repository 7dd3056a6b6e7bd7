/**
 * Copies provider events and checkpoints into a job's rows as an idempotent merge: an event already stored
 * is skipped, so reading the same page twice, overlapping pages or a sync cut short leave each event once.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type MetricPoint, metricPointFromEventData } from "@/lib/jobs/metric-point";
import type { ProviderCheckpoint, ProviderEvent } from "@/lib/providers/fine-tuning";

type Tx = Prisma.TransactionClient;

/** Stores the events not stored yet (oldest first) after the job's last seq, with their metric points. */
export async function mergeEvents(tx: Tx, jobId: string, events: ProviderEvent[]): Promise<number> {
  if (!events.length) return 0;
  const known = await tx.jobEvent.findMany({
    where: { jobId, providerEventId: { in: events.map((event) => event.id) } },
    select: { providerEventId: true },
  });
  const seen = new Set(known.map((event) => event.providerEventId));
  const fresh = events.filter((event) => {
    if (seen.has(event.id)) return false;
    seen.add(event.id);
    return true;
  });
  if (!fresh.length) return 0;
  // Incrementing inside the transaction reserves the seq range before the rows go in.
  const { eventCount } = await tx.job.update({
    where: { id: jobId },
    data: { eventCount: { increment: fresh.length } },
    select: { eventCount: true },
  });
  const firstSeq = eventCount - fresh.length + 1;
  await tx.jobEvent.createMany({
    data: fresh.map((event, index) => ({
      jobId,
      providerEventId: event.id,
      seq: firstSeq + index,
      createdAt: event.createdAt,
      level: event.level,
      type: event.type,
      message: event.message,
      data: event.data === null || event.data === undefined ? null : JSON.stringify(event.data),
    })),
  });
  await mergeMetricPoints(tx, jobId, fresh);
  return fresh.length;
}

/** One row per step: new steps in one insert, a step seen again (rare) updated in place. */
async function mergeMetricPoints(tx: Tx, jobId: string, events: ProviderEvent[]) {
  const byStep = new Map<number, MetricPoint>();
  for (const event of events) {
    const point = event.type === "metrics" ? metricPointFromEventData(event.data) : null;
    if (point) byStep.set(point.step, point);
  }
  if (!byStep.size) return;
  const existing = await tx.jobMetric.findMany({
    where: { jobId, step: { in: [...byStep.keys()] } },
    select: { step: true },
  });
  const stored = new Set(existing.map((row) => row.step));
  const points = [...byStep.values()];
  await tx.jobMetric.createMany({
    data: points.filter((point) => !stored.has(point.step)).map((point) => ({ jobId, ...point })),
  });
  for (const { step, ...values } of points.filter((point) => stored.has(point.step))) {
    await tx.jobMetric.update({ where: { jobId_step: { jobId, step } }, data: values });
  }
}

export async function mergeCheckpoints(tx: Tx, jobId: string, checkpoints: ProviderCheckpoint[]): Promise<void> {
  for (const checkpoint of checkpoints) {
    const fields = {
      step: checkpoint.step,
      model: checkpoint.model,
      metrics: JSON.stringify(checkpoint.metrics),
      createdAt: checkpoint.createdAt,
    };
    await tx.jobCheckpoint.upsert({
      where: { jobId_providerCheckpointId: { jobId, providerCheckpointId: checkpoint.id } },
      create: { jobId, providerCheckpointId: checkpoint.id, ...fields },
      update: fields,
    });
  }
}
