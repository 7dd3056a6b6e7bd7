import { describe, expect, it } from "vitest";
import {
  azureDeployCommand,
  azureResourceName,
  DEPLOYMENT_NAME_PATTERN,
  suggestedDeploymentName,
} from "./azure-deployment";

describe("Azure deployment help", () => {
  it("names the resource of an Azure OpenAI endpoint, and nothing for other addresses", () => {
    expect(azureResourceName("https://contoso-ai.openai.azure.com/")).toBe("contoso-ai");
    expect(azureResourceName("https://contoso.cognitiveservices.azure.com")).toBe("contoso");
    expect(azureResourceName("https://example.com")).toBeNull();
    expect(azureResourceName("not a url")).toBeNull();
    expect(azureResourceName(null)).toBeNull();
  });

  it("suggests a deployment name Azure accepts", () => {
    const name = suggestedDeploymentName("ft:gpt-4o-mini-2024-07-18:contoso:support:AbC12xYz");
    expect(name).toBe("ft-support-AbC12xYz");
    expect(name).toMatch(DEPLOYMENT_NAME_PATTERN);
  });

  it("writes the exact CLI command, with placeholders for what the app cannot know", () => {
    expect(
      azureDeployCommand({
        resourceName: "contoso-ai",
        deploymentName: "support-v1",
        model: "gpt-4o-mini-2024-07-18.ft-0123456789abcdef",
        sku: "GlobalStandard",
      }),
    ).toBe(
      [
        "az cognitiveservices account deployment create \\",
        "  --resource-group <your-resource-group> \\",
        "  --name contoso-ai \\",
        "  --deployment-name support-v1 \\",
        "  --model-name gpt-4o-mini-2024-07-18.ft-0123456789abcdef \\",
        '  --model-version "1" \\',
        "  --model-format OpenAI \\",
        "  --sku-name GlobalStandard \\",
        "  --sku-capacity 1",
      ].join("\n"),
    );
    expect(
      azureDeployCommand({ resourceName: null, deploymentName: "my name", model: "m", sku: "Developer" }),
    ).toContain('--name <your-resource-name> \\\n  --deployment-name "my name"');
  });
});
