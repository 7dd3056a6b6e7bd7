import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { createConnection } from "@/lib/connections/queries";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import type { roles } from "@/lib/workspaces/roles";
import { chatPageData, HIDDEN_ADDRESS } from "./page-data";

let team: Awaited<ReturnType<typeof seedWorkspace>>;
let gateway: string;
let azure: string;

beforeAll(async () => {
  team = await seedWorkspace("Team");
  const input = { name: "Gateway", apiKey: "sk-gateway-1234", baseUrl: "http://10.1.2.3:8000/v1" };
  gateway = (await createConnection({ actor: actorOf(team), input: { kind: "compatible", ...input } })).id;
  azure = (
    await createConnection({
      actor: actorOf(team),
      input: {
        kind: "azure",
        name: "Azure",
        apiKey: "azure-key-1234",
        endpoint: "https://internal-resource.openai.azure.com",
        apiVersion: "2024-10-21",
      },
    })
  ).id;
});

const dataFor = (role: (typeof roles)[number]) => chatPageData({ workspace: { id: team.workspaceId }, role });

describe("chatPageData", () => {
  it("gives connection addresses to those who may manage connections", async () => {
    for (const role of ["admin", "owner"] as const) {
      const { codeTargets } = await dataFor(role);
      expect(codeTargets[gateway]).toEqual({ kind: "openai", baseUrl: "http://10.1.2.3:8000/v1" });
      expect(codeTargets[azure]).toMatchObject({ endpoint: "https://internal-resource.openai.azure.com" });
    }
  });

  it("shows viewers and editors a placeholder instead", async () => {
    for (const role of ["viewer", "editor"] as const) {
      const data = await dataFor(role);
      expect(JSON.stringify(data)).not.toMatch(/10\.1\.2\.3|internal-resource/);
      expect(data.codeTargets[gateway]).toEqual({ kind: "openai", baseUrl: HIDDEN_ADDRESS.baseUrl });
      expect(data.codeTargets[azure]).toEqual({
        kind: "azure",
        endpoint: HIDDEN_ADDRESS.endpoint,
        apiVersion: "2024-10-21",
      });
    }
  });
});
