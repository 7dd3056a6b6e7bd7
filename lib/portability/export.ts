/**
 * Streams a workspace as one zip: datasets with every version's exact bytes, jobs with their whole history,
 * conversations, prices, and the webhook and connections without any secret. A manifest with a SHA-256 per
 * entry closes the archive; it is written last, once every entry's bytes have gone through.
 */
import "server-only";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { type AuditActor, record } from "@/lib/audit/record";
import { CONNECTION_SETTINGS } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import packageJson from "@/package.json";
import { ARCHIVE_FORMAT, FORMAT_VERSION, MANIFEST_PATH, type Manifest, paths } from "./format";

const PAGE = 1000;

type Chunks = () => AsyncIterable<string>;

async function* once(value: unknown) {
  yield `${JSON.stringify(value, null, 2)}\n`;
}

async function* jsonLines<Row>(page: (after: number) => Promise<Row[]>, key: (row: Row) => number) {
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = await page(after);
    for (const row of rows) yield `${JSON.stringify(row)}\n`;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = key(last);
  }
}

async function* text(value: string) {
  yield value;
}

/** The archive as a stream; nothing is held in memory beyond one page of rows. */
export async function exportWorkspace(actor: AuditActor): Promise<Readable> {
  const workspaceId = actor.workspace.id;
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  await record(actor, "export.workspace", { type: "workspace", id: workspaceId, name: workspace.name });
  const [datasets, versions, withValidation, jobs, conversations, exampleCount] = await Promise.all([
    db.dataset.findMany({ where: { workspaceId }, omit: { workspaceId: true }, orderBy: { createdAt: "asc" } }),
    db.datasetVersion.findMany({
      where: { workspaceId },
      select: { id: true, datasetId: true, number: true },
      orderBy: { createdAt: "asc" },
    }),
    db.datasetVersion.findMany({ where: { workspaceId, validationJsonl: { not: null } }, select: { id: true } }),
    db.job.findMany({ where: { workspaceId }, select: { id: true }, orderBy: { createdAt: "asc" } }),
    db.chatConversation.findMany({ where: { workspaceId }, select: { id: true }, orderBy: { createdAt: "asc" } }),
    db.datasetExample.count({ where: { workspaceId } }),
  ]);

  const zip = new ZipFile();
  const entries: Record<string, string> = {};
  const add = (path: string, chunks: Chunks) => {
    async function* hashed() {
      const hash = createHash("sha256");
      for await (const chunk of chunks()) {
        const bytes = Buffer.from(chunk, "utf8");
        hash.update(bytes);
        yield bytes;
      }
      entries[path] = hash.digest("hex");
    }
    // Readable.from pulls lazily, and the zip reads one entry after the other: each query runs in its turn.
    // A failed query fails the whole download rather than leaving a truncated archive looking complete.
    const entry = Readable.from(hashed());
    entry.on("error", (error) => (zip.outputStream as Readable).destroy(error));
    zip.addReadStream(entry, path);
  };

  add(paths.people, async function* () {
    yield* once(await peopleOf(workspaceId));
  });
  add(paths.connections, async function* () {
    yield* once(
      await db.connection.findMany({
        where: { workspaceId },
        select: { id: true, ...CONNECTION_SETTINGS, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
    );
  });
  add(paths.prices, async function* () {
    yield* once(
      await db.modelPrice.findMany({
        where: { workspaceId },
        select: { model: true, training: true, input: true, cachedInput: true, output: true, updatedAt: true },
        orderBy: { model: "asc" },
      }),
    );
  });
  add(paths.webhook, async function* () {
    yield* once(
      await db.webhook.findUnique({ where: { workspaceId }, select: { url: true, enabled: true, events: true } }),
    );
  });

  for (const dataset of datasets) {
    add(paths.dataset(dataset.id), () => once(dataset));
    add(paths.examples(dataset.id), () =>
      jsonLines(
        (after) =>
          db.datasetExample.findMany({
            where: { datasetId: dataset.id, position: { gt: after } },
            omit: { workspaceId: true, datasetId: true },
            orderBy: { position: "asc" },
            take: PAGE,
          }),
        (row) => row.position,
      ),
    );
  }
  const validated = new Set(withValidation.map((version) => version.id));
  for (const { id, datasetId, number } of versions) {
    const base = paths.versionBase(datasetId, id, number);
    add(paths.version(base, "version.json"), async function* () {
      yield* once(await db.datasetVersion.findUniqueOrThrow({ where: { id }, omit: versionBytes }));
    });
    add(paths.version(base, "training.jsonl"), async function* () {
      yield* text((await db.datasetVersion.findUniqueOrThrow({ where: { id }, select: { jsonl: true } })).jsonl);
    });
    if (!validated.has(id)) continue;
    add(paths.version(base, "validation.jsonl"), async function* () {
      const { validationJsonl } = await db.datasetVersion.findUniqueOrThrow({
        where: { id },
        select: { validationJsonl: true },
      });
      yield* text(validationJsonl ?? "");
    });
  }
  for (const { id } of jobs) {
    add(paths.job(id, "job.json"), async function* () {
      yield* once(await db.job.findUniqueOrThrow({ where: { id }, omit: { workspaceId: true } }));
    });
    add(paths.job(id, "events.jsonl"), () =>
      jsonLines(
        (after) =>
          db.jobEvent.findMany({
            where: { jobId: id, seq: { gt: after } },
            omit: { id: true, jobId: true },
            orderBy: { seq: "asc" },
            take: PAGE,
          }),
        (row) => row.seq,
      ),
    );
    add(paths.job(id, "metrics.jsonl"), () =>
      jsonLines(
        (after) =>
          db.jobMetric.findMany({
            where: { jobId: id, step: { gt: after } },
            omit: { jobId: true },
            orderBy: { step: "asc" },
            take: PAGE,
          }),
        (row) => row.step,
      ),
    );
    add(paths.job(id, "checkpoints.json"), async function* () {
      yield* once(
        await db.jobCheckpoint.findMany({
          where: { jobId: id },
          omit: { id: true, jobId: true },
          orderBy: { step: "asc" },
        }),
      );
    });
  }
  for (const { id } of conversations) {
    add(paths.conversation(id), async function* () {
      yield* once(await db.chatConversation.findUniqueOrThrow({ where: { id }, omit: { workspaceId: true } }));
    });
  }

  add(MANIFEST_PATH, async function* () {
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: packageJson.version,
      exportedAt: new Date().toISOString(),
      workspace: { name: workspace.name },
      counts: {
        datasets: datasets.length,
        versions: versions.length,
        examples: exampleCount,
        jobs: jobs.length,
        conversations: conversations.length,
      },
      entries: { ...entries },
    };
    yield* once(manifest);
  });
  zip.end();
  return zip.outputStream as Readable;
}

const versionBytes = { workspaceId: true, jsonl: true, validationJsonl: true } as const;

/** Everyone the workspace's rows name: members and authors, by id, with the e-mail an import matches them by. */
async function peopleOf(workspaceId: string) {
  return db.user.findMany({
    where: {
      OR: [
        { memberships: { some: { workspaceId } } },
        { datasetsCreated: { some: { workspaceId } } },
        { datasetsUpdated: { some: { workspaceId } } },
        { datasetVersionsCreated: { some: { workspaceId } } },
        { jobsStarted: { some: { workspaceId } } },
        { chatConversations: { some: { workspaceId } } },
      ],
    },
    select: { id: true, name: true, email: true },
  });
}
