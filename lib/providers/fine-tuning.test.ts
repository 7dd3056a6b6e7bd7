import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { localServer } from "@/lib/test-server";
import { fineTuningClient } from "./fine-tuning";
import { MAX_PAGES } from "./pages";
import { connectionAt } from "./test-fixtures";

/** A hostile provider: every list page holds one new item and says there is more. */
let served = 0;

const server = localServer((request, response) => {
  served++;
  const id = `item-${served}`;
  const path = new URL(request.url ?? "/", "http://x").pathname;
  const item = path.endsWith("/events")
    ? { id, object: "fine_tuning.job.event", created_at: 0, level: "info", message: "step", type: "message" }
    : path.endsWith("/checkpoints")
      ? {
          id,
          object: "fine_tuning.job.checkpoint",
          created_at: 0,
          step_number: served,
          metrics: {},
          fine_tuned_model_checkpoint: id,
          fine_tuning_job_id: "job-1",
        }
      : { id, object: "fine_tuning.job", created_at: 0, status: "running", model: "m", training_file: "f" };
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ object: "list", data: [item], has_more: true }));
});
const baseUrl = () => `${server.origin}/v1`;

const client = () => fineTuningClient(connectionAt("compatible", baseUrl()), { maxRetries: 0 });

describe("paginated lists of a provider that never ends them", { timeout: 60_000 }, () => {
  it.each([
    ["events", () => client().eventsSince("job-1", null)],
    ["checkpoints", () => client().checkpoints("job-1")],
    ["jobs", () => client().listJobs({ max: 10 * MAX_PAGES })],
  ])("stop after the page limit for %s and say so once", async (_name, list) => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const before = served;
    const items = await list();
    expect(items).toHaveLength(MAX_PAGES);
    expect(served - before).toBe(MAX_PAGES);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/stopped after 200 pages/);
    warn.mockRestore();
  });
});
