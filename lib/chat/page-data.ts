/** What the chat page needs besides the conversation: code targets per connection and the chat datasets. */
import "server-only";
import { listConnections } from "@/lib/connections/queries";
import type { ConnectionView } from "@/lib/connections/view";
import { listDatasets } from "@/lib/datasets/queries";
import { sandboxBaseUrl } from "@/lib/providers/client";
import type { CodeTarget } from "./code";

function codeTargetOf(connection: ConnectionView): CodeTarget {
  switch (connection.kind) {
    case "sandbox":
      return { kind: "sandbox", baseUrl: sandboxBaseUrl() };
    case "openai":
    case "compatible":
    case "inference":
      return { kind: "openai", baseUrl: connection.baseUrl || null };
    case "azure":
      return { kind: "azure", endpoint: connection.endpoint ?? "", apiVersion: connection.apiVersion ?? "" };
  }
}

export async function chatPageData(workspaceId: string) {
  const [connections, datasets] = await Promise.all([listConnections(workspaceId), listDatasets(workspaceId)]);
  return {
    codeTargets: Object.fromEntries(connections.map((connection) => [connection.id, codeTargetOf(connection)])),
    datasets: datasets.filter((dataset) => dataset.kind === "chat").map(({ id, name }) => ({ id, name })),
  };
}

export type ChatPageData = Awaited<ReturnType<typeof chatPageData>>;
