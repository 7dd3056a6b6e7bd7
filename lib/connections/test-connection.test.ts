import { describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { localServer } from "@/lib/test-server";
import { createConnection, listConnections } from "./queries";
import { testConnection } from "./test-connection";

/** An inference server that lists one model, and sends …/elsewhere/* to another host. */
const server = localServer((request, response) => {
  if (request.url?.includes("/elsewhere/")) {
    response.writeHead(302, { location: baseUrl().replace("127.0.0.1", "localhost") });
    return response.end();
  }
  response.writeHead(200, { "content-type": "application/json" });
  response.end(
    JSON.stringify({ object: "list", data: [{ id: "llama-3", object: "model", created: 0, owned_by: "me" }] }),
  );
});
const baseUrl = () => `${server.origin}/v1`;

async function inferenceConnectionAt(url: string) {
  const { workspaceId, userId } = await seedWorkspace("Outbound");
  // Stored without the form's checks, as an imported archive or an older version could have stored it.
  const actor = actorOf({ workspaceId, userId });
  const { id } = await createConnection({
    actor,
    input: { kind: "inference", name: "Local", apiKey: null, baseUrl: url },
  });
  return { connectionId: id, actor };
}

describe("testing a connection", { timeout: 30_000 }, () => {
  it("works for a local inference server", async () => {
    const ids = await inferenceConnectionAt(baseUrl());
    expect(await testConnection(ids)).toMatchObject({ ok: true, modelCount: 1 });
  });

  it("names the rule when the address is cloud metadata", async () => {
    const ids = await inferenceConnectionAt("http://169.254.169.254/v1");
    expect(await testConnection(ids)).toEqual({
      ok: false,
      reason: "blocked",
      blocked: { rule: "metadata", host: "169.254.169.254" },
    });
    const [connection] = await listConnections(ids.actor.workspace.id);
    expect(connection).toMatchObject({
      lastTestOk: false,
      lastTestFailure: { reason: "blocked", blocked: { rule: "metadata", host: "169.254.169.254" } },
    });
  });

  it("does not follow the server to another host", async () => {
    const ids = await inferenceConnectionAt(`${baseUrl()}/elsewhere`);
    const result = await testConnection(ids);
    expect(result).toMatchObject({ ok: false, reason: "blocked", blocked: { rule: "redirectToOtherHost" } });
    const [connection] = await listConnections(ids.actor.workspace.id);
    expect(connection?.lastTestFailure?.blocked?.host).toMatch(/^localhost:\d+$/);
  });
});
