import { readJson, sandboxRoute } from "@/lib/sandbox/http";
import { createJob, listJobs } from "@/lib/sandbox/jobs/service";

export const POST = sandboxRoute(async ({ connection, request }) => createJob(connection, await readJson(request)));

export const GET = sandboxRoute(async ({ connection, request }) => listJobs(connection, new URL(request.url)));
