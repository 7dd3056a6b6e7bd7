/** What the chat page needs besides the conversation: code targets per connection and the chat datasets. */
import "server-only";
import { can } from "@/lib/auth/policy";
import { listConnections } from "@/lib/connections/queries";
import type { ConnectionView } from "@/lib/connections/view";
import { listDatasets } from "@/lib/datasets/queries";
import { sandboxBaseUrl } from "@/lib/providers/client";
import type { Role } from "@/lib/workspaces/roles";
import type { CodeTarget } from "./code";

/** What "View code" shows instead of a connection's address to someone who may not see its settings. */
export const HIDDEN_ADDRESS = {
  baseUrl: "https://your-base-url.example/v1",
  endpoint: "https://your-resource.openai.azure.com",
};

function codeTargetOf(connection: ConnectionView, showAddress: boolean): CodeTarget {
  switch (connection.kind) {
    case "sandbox":
      return { kind: "sandbox", baseUrl: sandboxBaseUrl() };
    case "openai":
    case "compatible":
    case "inference": {
      const baseUrl = connection.baseUrl || null;
      return { kind: "openai", baseUrl: baseUrl && !showAddress ? HIDDEN_ADDRESS.baseUrl : baseUrl };
    }
    case "azure":
      return {
        kind: "azure",
        endpoint: showAddress ? (connection.endpoint ?? "") : HIDDEN_ADDRESS.endpoint,
        apiVersion: connection.apiVersion ?? "",
      };
  }
}

/** Connection addresses go only to those who may manage connections (a viewer learns no internal hosts). */
export async function chatPageData(access: { workspace: { id: string }; role: Role }) {
  const workspaceId = access.workspace.id;
  const [connections, datasets] = await Promise.all([listConnections(workspaceId), listDatasets(workspaceId)]);
  const showAddress = can(access.role, "connections.manage");
  return {
    codeTargets: Object.fromEntries(
      connections.map((connection) => [connection.id, codeTargetOf(connection, showAddress)]),
    ),
    datasets: datasets.filter((dataset) => dataset.kind === "chat").map(({ id, name }) => ({ id, name })),
  };
}

export type ChatPageData = Awaited<ReturnType<typeof chatPageData>>;
