/** Each step records itself once, the same way from the pages and from the REST API (which adds via: "api"). */
import { describe, expect, it } from "vitest";
import { createToken, revokeToken } from "@/lib/api-tokens/queries";
import { createConnection, deleteConnection, updateConnection } from "@/lib/connections/queries";
import { addExample, createDataset, exportVersionFile, freezeVersion } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { actorOf } from "./test-fixtures";

async function entriesOf(workspaceId: string) {
  const entries = await db.auditEntry.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return entries.map(({ action, targetType, targetName, details }) => ({
    action,
    targetType,
    targetName,
    details: JSON.parse(details),
  }));
}

const openai = {
  kind: "openai" as const,
  name: "OpenAI",
  apiKey: "sk-live-abcdef0123456789",
  organization: null,
  project: null,
  baseUrl: null,
};

describe("audit entries recorded by the domain functions", () => {
  it("records a connection's life without its key", async () => {
    const actor = actorOf(await seedWorkspace("Connie"));
    const { id } = await createConnection({ actor, input: openai });
    await updateConnection({ actor, input: { ...openai, connectionId: id, name: "OpenAI prod" } });
    await updateConnection({ actor, input: { ...openai, connectionId: id, name: "OpenAI prod", apiKey: null } });
    await deleteConnection({ actor, connectionId: id });

    const entries = await entriesOf(actor.workspace.id);
    expect(entries.map((entry) => [entry.action, entry.targetName])).toEqual([
      ["connection.created", "OpenAI"],
      ["connection.updated", "OpenAI prod"],
      ["connection.key_rotated", "OpenAI prod"],
      ["connection.updated", "OpenAI prod"],
      ["connection.deleted", "OpenAI prod"],
    ]);
    expect(entries.at(-1)?.details).toEqual({ kind: "openai" });
    expect(JSON.stringify(entries)).not.toContain(openai.apiKey);
  });

  it("marks what a personal API token did as done through the API", async () => {
    const owner = await seedWorkspace("Tokyo");
    const person = actorOf(owner);
    const { view } = await createToken({ actor: person, input: { name: "CI", scopes: ["datasets"] } });
    const viaToken = { ...person, tokenId: view.id };
    const { id: datasetId } = await createDataset({ ...owner, name: "Tickets" });
    for (let index = 0; index < 10; index++) {
      await addExample({ ...owner, datasetId, data: chatExample(`Question ${index}?`) });
    }
    const version = await freezeVersion({ actor: viaToken, datasetId });
    await exportVersionFile({ actor: person, versionId: version.id, part: "training" });
    await revokeToken({ actor: person, tokenId: view.id });

    expect(await entriesOf(owner.workspaceId)).toEqual([
      { action: "token.created", targetType: "token", targetName: "CI", details: { scopes: ["datasets"] } },
      { action: "dataset.version_frozen", targetType: "version", targetName: "v1", details: { via: "api" } },
      {
        action: "export.version",
        targetType: "version",
        targetName: "Tickets-v1.jsonl",
        details: { part: "training" },
      },
      { action: "token.revoked", targetType: "token", targetName: null, details: {} },
    ]);
  });
});
